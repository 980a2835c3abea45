package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Word on a machine without the 公文 faces finds in the font table what to use instead. */
class FontTableDocxTest {

    private static final String W = PartXml.W;

    @TempDir
    Path dir;

    /** Face name → its w:font element. */
    private Map<String, Element> fontTable(ExportPreset preset) throws Exception {
        Path file = dir.resolve("讲话.docx");
        new DocxExporter().export(SampleSpeech.draft(), preset, file);
        Document table = PartXml.part(file, "word/fontTable.xml");
        Map<String, Element> fonts = new LinkedHashMap<>();
        for (Element font : PartXml.elements(table, W, "font")) {
            fonts.put(font.getAttributeNS(W, "name"), font);
        }
        return fonts;
    }

    @Test
    void everyFaceTheDocumentNamesIsInTheFontTable() throws Exception {
        for (ExportPreset preset : BuiltInPresets.all()) {
            Map<String, Element> table = fontTable(preset);
            Set<String> named = new TreeSet<>();
            for (Map.Entry<String, byte[]> part : PartXml.parts(dir.resolve("讲话.docx")).entrySet()) {
                if (part.getKey().startsWith("word/") && part.getKey().endsWith(".xml")) {
                    for (Element fonts : PartXml.elements(PartXml.parse(part.getValue()), W, "rFonts")) {
                        for (String slot : List.of("ascii", "hAnsi", "eastAsia", "cs")) {
                            named.add(fonts.getAttributeNS(W, slot));
                        }
                    }
                }
            }
            assertEquals(named, new TreeSet<>(table.keySet()), preset.name());
        }
    }

    @Test
    void chineseFacesNameWhatStandsInForThemAndTheirCharacterSet() throws Exception {
        Map<String, Element> table = fontTable(BuiltInPresets.gongwen());
        Map<String, String> standIns = Map.of("仿宋_GB2312", "仿宋", "楷体_GB2312", "楷体", "方正小标宋简体", "方正小标宋_GBK",
                "黑体", "SimHei", "宋体", "SimSun");
        standIns.forEach((face, standIn) -> {
            Element font = table.get(face);
            assertEquals(standIn, value(font, "altName"), face);
            assertEquals("86", value(font, "charset"), face + ": GB2312");
            assertEquals("modern", value(font, "family"), face);
            assertEquals("fixed", value(font, "pitch"), face);
        });
        Element times = table.get("Times New Roman");
        assertTrue(elements(times, "altName").isEmpty());
        assertEquals("00", value(times, "charset"));
        assertEquals("roman", value(times, "family"));
        assertEquals("variable", value(times, "pitch"));
        for (Element font : table.values()) {
            assertTrue(elements(font, "panose1").isEmpty(), "no made-up panose numbers");
        }
    }

    private static String value(Element font, String property) {
        return elements(font, property).get(0).getAttributeNS(W, "val");
    }

    private static List<Element> elements(Element font, String localName) {
        return PartXml.elements(font, W, localName);
    }
}
