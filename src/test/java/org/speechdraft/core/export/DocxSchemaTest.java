package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Every part of every kind of DOCX we write is valid against the ECMA-376 schemas (see
 * {@link OoxmlSchemas}), in the order Word insists on; the two packaging parts without a schema
 * are read by POI's package reader, which refuses what the packaging rules forbid.
 */
class DocxSchemaTest {

    private static final Authorship BY = new Authorship("李明", Instant.parse("2026-03-02T09:30:15Z"));
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String LONG_TITLE = "在全市深入学习贯彻党的二十届四中全会精神暨推进高质量发展、创建全国文明城市动员大会上的讲话";

    @TempDir
    Path dir;

    /** One way of exporting a draft. */
    interface Export {
        void to(Path file, ExportPreset preset) throws Exception;
    }

    /** Each kind of export, in each built-in preset. */
    static Stream<Arguments> exports() {
        Map<String, Export> kinds = new LinkedHashMap<>();
        kinds.put("a draft with every level, bold, highlight and placeholders", (file, preset) ->
                new DocxExporter().export(SampleSpeech.draft(), RemainingPlaceholders.in(SampleSpeech.draft()), preset,
                        BY, file));
        kinds.put("a title long enough for three lines", (file, preset) -> new DocxExporter().export(
                Draft.of(List.of(DraftParagraph.of(ParagraphLevel.TITLE, LONG_TITLE),
                        DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："))), List.of(), preset, BY, file));
        kinds.put("comments: open, done, with replies, over two paragraphs", (file, preset) ->
                new DocxExporter().export(CommentedSpeech.draft(), RemainingPlaceholders.in(CommentedSpeech.draft()), preset,
                        BY, file));
        kinds.put("a 修订稿: paragraphs inserted, deleted and relevelled, text changed, with comments", (file, preset) ->
                new DocxExporter().exportRevisions(CommentedSpeech.draft(), RevisedSpeech.base(), preset, BY, file));
        return BuiltInPresets.all().stream().flatMap(preset -> kinds.entrySet().stream()
                .map(kind -> Arguments.of(Named.of(kind.getKey(), kind.getValue()), Named.of(preset.name(), preset))));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("exports")
    void everyPartIsValidAgainstItsSchema(Export export, ExportPreset preset) throws Exception {
        Path file = dir.resolve("讲话.docx");
        export.to(file, preset);
        assertEquals(List.of(), OoxmlSchemas.violations(file));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("exports")
    void contentTypesAndCorePropertiesAreWhatThePackageReaderExpects(Export export, ExportPreset preset)
            throws Exception {
        Path file = dir.resolve("讲话.docx");
        export.to(file, preset);
        Map<String, String> expected = Map.of(
                "/word/document.xml", WML + "document.main+xml",
                "/word/styles.xml", WML + "styles+xml",
                "/word/settings.xml", WML + "settings+xml",
                "/word/footer", WML + "footer+xml",
                "/word/fontTable.xml", WML + "fontTable+xml",
                "/word/comments.xml", WML + "comments+xml",
                "/word/commentsExtended.xml", WML + "commentsExtended+xml",
                "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
                "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                ".rels", "application/vnd.openxmlformats-package.relationships+xml");
        try (OPCPackage docx = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (PackagePart part : docx.getParts()) {
                String name = part.getPartName().getName();
                String type = expected.entrySet().stream().filter(e -> name.startsWith(e.getKey())
                        || name.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse("unexpected part");
                assertEquals(type, part.getContentType(), name);
            }
            PackageProperties core = docx.getPackageProperties();
            String title = core.getTitleProperty().orElseThrow();
            assertTrue(title.equals(SampleSpeech.TITLE) || title.equals(LONG_TITLE), title);
            assertEquals("李明", core.getCreatorProperty().orElseThrow());
            assertEquals("李明", core.getLastModifiedByProperty().orElseThrow());
            assertEquals(BY.when(), core.getCreatedProperty().orElseThrow().toInstant());
            assertEquals(BY.when(), core.getModifiedProperty().orElseThrow().toInstant());
        }
    }

    @Test
    void theCheckFindsWhatWordWouldRefuse() throws Exception {
        Path file = dir.resolve("乱序.docx");
        DocxPackage docx = new DocxPackage();
        docx.add("word/document.xml", DocxPart.DOCUMENT, ("<w:document xmlns:w=\"" + OoxmlNamespace.W.uri()
                + "\"><w:body><w:p><w:pPr><w:jc w:val=\"center\"/><w:pStyle w:val=\"Title\"/></w:pPr>"
                + "<w:r><w:rPr><w:sz w:val=\"32\"/><w:b/></w:rPr><w:t>标题</w:t></w:r></w:p></w:body></w:document>")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(file, docx.zip());

        List<String> violations = OoxmlSchemas.violations(file);

        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("word/document.xml: cvc-complex-type.2.4.a"), violations.get(0));
        assertTrue(violations.get(0).contains("pStyle"), "w:pStyle must come first in w:pPr");
        assertEquals("word/document.xml: w:b out of order in w:rPr", violations.get(1));
    }
}
