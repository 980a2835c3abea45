package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.export.Authorship;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.DocxExporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.placeholder.PlaceholderFiller;
import org.speechdraft.core.placeholder.ValueTable;

/**
 * The office's loop through Word: what we export comes back as it went out — levels, 批注, a 修订稿's
 * changes as 修订 — and the yellow of unfilled figures never becomes the user's highlight.
 */
class WordRoundTripTest {

    @TempDir
    Path dir;

    private final DocxExporter exporter = new DocxExporter();
    private final SpeechImporter importer = new SpeechImporter();

    private static final List<DraftParagraph> SPEECH = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全县教育工作会议上凝心聚力开拓创新奋力谱写教育高质量发展新篇章的讲话"),
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
            DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金XX万元，新建学校**所。"),
            DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"),
            DraftParagraph.of(ParagraphLevel.SIGNATURE, "城关县教育局"));

    private ImportedSpeech roundTrip(Draft draft) throws Exception {
        Path out = dir.resolve("讲话" + System.nanoTime() + ".docx");
        exporter.export(draft, BuiltInPresets.gongwen(), out);
        return importer.importFile(out, null, CleanupOptions.DEFAULTS);
    }

    private static String documentXml(Path docx) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anExportedDraftComesBackWithItsLevelsItsLongTitleWholeAndNoBlankLineOfOurs() throws Exception {
        ImportedSpeech back = roundTrip(Draft.of(SPEECH));

        assertEquals(SPEECH.stream().map(DraftParagraph::level).toList(),
                back.draft().paragraphs().stream().map(DraftParagraph::level).toList());
        assertEquals(SPEECH.stream().map(DraftParagraph::text).toList(),
                back.draft().paragraphs().stream().map(DraftParagraph::text).toList());
    }

    @Test
    void exportImportFillExportLeavesNoYellow() throws Exception {
        ImportedSpeech back = roundTrip(Draft.of(SPEECH));
        assertTrue(back.draft().paragraphs().stream().flatMap(p -> p.runs().stream()).noneMatch(r -> r.style().highlight()),
                "the placeholders' yellow is ours, not the user's");

        List<DraftParagraph> filled = new PlaceholderFiller().fill(back.draft().paragraphs(),
                new ValueTable(List.of(new ValueTable.Entry("投入资金", "1200"), new ValueTable.Entry("新建学校", "8"))))
                .paragraphs();
        Path again = dir.resolve("已填.docx");
        exporter.export(back.draft().withParagraphs(filled), BuiltInPresets.gongwen(), again);

        assertTrue(filled.get(3).text().contains("1200万元") && filled.get(3).text().contains("8所"), filled.get(3).text());
        assertFalse(documentXml(again).contains("w:highlight"), "nothing prints yellow once the figures are filled");
    }

    @Test
    void theUsersOwnHighlightSurvivesTheRoundTrip() throws Exception {
        DraftParagraph marked = new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("要"),
                new StyledRun("务必按时完成", new TextStyle(false, true)), StyledRun.plain("。")));

        ImportedSpeech back = roundTrip(Draft.of(List.of(marked)));

        assertEquals(marked.runs(), back.draft().paragraphs().get(0).runs());
    }

    @Test
    void openCommentsComeBackOnTheirTextWithTheirAnswers() throws Exception {
        TextStyle onFigure = new TextStyle(false, false, Set.of("c1"), Set.of());
        DraftComment comment = new DraftComment("c1", "张局长", Instant.parse("2026-12-05T08:25:00Z"), "数字再核实", false,
                List.of(new DraftComment.Reply("李秘书", Instant.parse("2026-12-05T09:00:00Z"), "已核对")));
        Draft draft = Draft.of(List.of(new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("新建学校"),
                new StyledRun("8所", onFigure), StyledRun.plain("。"))))).withComments(List.of(comment));

        ImportedSpeech back = roundTrip(draft);

        assertEquals(1, back.draft().comments().size());
        DraftComment read = back.draft().comments().get(0);
        assertEquals("张局长", read.author());
        assertEquals("数字再核实", read.text());
        assertEquals(comment.date().getEpochSecond() / 60, read.date().getEpochSecond() / 60, "same minute, local time");
        assertEquals(List.of("已核对"), read.replies().stream().map(DraftComment.Reply::text).toList());
        List<StyledRun> runs = back.draft().paragraphs().get(0).runs();
        assertEquals("8所", runs.stream().filter(r -> r.style().comments().contains(read.id())).map(StyledRun::text)
                .reduce("", String::concat));
    }

    @Test
    void aRevisionCopyComesBackAsTheBaseWithTheDraftAsItsRevisedVersion() throws Exception {
        List<DraftParagraph> base = List.of(DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金12亿元。成绩来之不易。"),
                DraftParagraph.of(ParagraphLevel.BODY, "这一段后来删去了。"),
                DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));
        List<DraftParagraph> now = List.of(DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金15亿元。成绩来之不易。"),
                DraftParagraph.of(ParagraphLevel.BODY, "要把责任落实到人。"),
                DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));
        Path out = dir.resolve("修订稿.docx");
        exporter.exportRevisions(Draft.of(now).withMeta(DraftMeta.EMPTY), base, BuiltInPresets.gongwen(),
                new Authorship("李秘书", Instant.parse("2026-12-08T02:00:00Z")), out);

        ImportedSpeech back = importer.importFile(out, null, CleanupOptions.DEFAULTS);

        assertEquals(base.stream().map(DraftParagraph::text).toList(),
                back.draft().paragraphs().stream().map(DraftParagraph::text).toList(), "rejecting all gives the base");
        assertEquals(now.stream().map(DraftParagraph::text).toList(),
                back.revisedVersion().orElseThrow().paragraphs().stream().map(DraftParagraph::text).toList(),
                "accepting all gives the draft");
        assertTrue(back.revisedVersion().get().revisions().stream().allMatch(r -> r.author().equals("李秘书")));
    }
}
