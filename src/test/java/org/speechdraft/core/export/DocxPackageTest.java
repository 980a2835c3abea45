package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The package Word opens: every part well-formed XML in the right namespace, declared in
 * [Content_Types].xml, and reached by a relationship whose target is in the zip — the checks Word
 * makes before it shows anything (it reports a damaged file otherwise).
 */
class DocxPackageTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    @TempDir
    Path dir;

    static List<ExportPreset> presets() {
        return List.of(BuiltInPresets.gongwen(), BuiltInPresets.largePrint(),
                BuiltInPresets.gongwen().withPageNumbers(new PageNumbers(PageNumbers.Placement.NONE,
                        BuiltInPresets.SONGTI, 14, 7)));
    }

    @ParameterizedTest
    @MethodSource("presets")
    void everyPartIsWellFormedDeclaredAndReachable(ExportPreset preset) throws Exception {
        Path file = dir.resolve("讲话.docx");
        new DocxExporter().export(SampleSpeech.draft(), preset, file);
        Map<String, Document> parts = parts(file);

        Document types = parts.remove("[Content_Types].xml");
        Map<String, String> overrides = new LinkedHashMap<>();
        for (Element override : elements(types, "Override")) {
            overrides.put(override.getAttribute("PartName").substring(1), override.getAttribute("ContentType"));
        }
        for (String name : parts.keySet()) {
            assertTrue(name.endsWith(".rels") || overrides.containsKey(name), name + " has no content type");
        }
        assertEquals(MAIN, overrides.get("word/document.xml"));

        Set<String> reached = new HashSet<>();
        for (Element rel : elements(parts.get("_rels/.rels"), "Relationship")) {
            reached.add(rel.getAttribute("Target"));
        }
        for (Element rel : elements(parts.get("word/_rels/document.xml.rels"), "Relationship")) {
            reached.add("word/" + rel.getAttribute("Target"));
        }
        for (String name : overrides.keySet()) {
            assertTrue(parts.containsKey(name), "declared but missing: " + name);
            assertTrue(reached.contains(name), "no relationship leads to " + name);
        }
        for (String name : reached) {
            assertTrue(parts.containsKey(name), "relationship to a missing part: " + name);
        }

        Element body = parts.get("word/document.xml").getDocumentElement();
        assertEquals(W, body.getNamespaceURI());
        assertEquals("document", body.getLocalName());
        int footers = (int) parts.keySet().stream().filter(n -> n.startsWith("word/footer")).count();
        assertEquals(footers, elements(parts.get("word/document.xml"), "footerReference").size());
    }

    /** Each entry of the zip, parsed: a part that is not well-formed XML fails here. */
    private static Map<String, Document> parts(Path file) throws Exception {
        Map<String, Document> parts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> part : PartXml.parts(file).entrySet()) {
            parts.put(part.getKey(), PartXml.parse(part.getValue()));
        }
        return parts;
    }

    private static List<Element> elements(Document doc, String localName) {
        return PartXml.elements(doc, "*", localName);
    }
}
