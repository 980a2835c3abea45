package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.speechdraft.core.importing.DocxFixtures.document;
import static org.speechdraft.core.importing.DocxFixtures.p;
import static org.speechdraft.core.importing.DocxFixtures.r;
import static org.speechdraft.core.importing.DocxFixtures.style;
import static org.speechdraft.core.importing.DocxFixtures.styles;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;

/**
 * A document formatted by hand in Word comes back with the levels its page shows: the title that
 * is only centred and large, the flush-left 主送机关, the right-aligned 落款; and a document that
 * misuses Word's heading styles is read by its 公文 numbering, with a note.
 */
class DocxLayoutImportTest {

    @TempDir
    Path dir;

    private final SpeechImporter importer = new SpeechImporter();

    private ImportedSpeech imported(String stylesXml, String... paragraphs) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document(paragraphs));
        if (stylesXml != null) {
            parts.put("word/styles.xml", stylesXml);
        }
        return importer.importFile(DocxFixtures.writeParts(dir.resolve("通知.docx"), parts), null, CleanupOptions.DEFAULTS);
    }

    /** A paragraph with direct formatting: {@code pPr} inside w:pPr, {@code rPr} on its one run. */
    private static String formatted(String pPr, String rPr, String text) {
        return "<w:p><w:pPr>" + pPr + "</w:pPr><w:r><w:rPr>" + rPr + "</w:rPr><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    private static final String CENTRED = "<w:jc w:val=\"center\"/>";
    private static final String RIGHT = "<w:jc w:val=\"right\"/>";
    private static final String INDENTED = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>";
    private static final String XIAOBIAOSONG_22 = "<w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/>";

    private static List<ParagraphLevel> levels(ImportedSpeech speech) {
        return speech.draft().paragraphs().stream().map(DraftParagraph::level).toList();
    }

    @Test
    void aCentredLargeTitleAFlushLeftAddresseeAndARightAlignedSignatureKeepTheirPlaces() throws Exception {
        ImportedSpeech speech = imported(null,
                formatted(CENTRED, XIAOBIAOSONG_22, "关于做好2027年春季开学工作的通知"),
                formatted("", "", "各乡镇中心学校，县直各学校："),
                formatted(INDENTED, "", "为确保春季开学工作平稳有序，现将有关事项通知如下。"),
                formatted(INDENTED, "", "一、提前做好准备"),
                formatted(INDENTED, "", "各校要在开学前完成校舍安全排查。"),
                formatted(RIGHT, "", "XX县教育局"),
                formatted(RIGHT, "", "2027年2月10日"));

        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SALUTATION, ParagraphLevel.BODY,
                ParagraphLevel.HEADING_1, ParagraphLevel.BODY, ParagraphLevel.SIGNATURE, ParagraphLevel.SIGNATURE),
                levels(speech));
        assertEquals("关于做好2027年春季开学工作的通知", speech.draft().meta().title());
    }

    @Test
    void aCentredBoldTitleWithATimeLineUnderItIsTitleAndSubtitle() throws Exception {
        ImportedSpeech speech = imported(null,
                formatted(CENTRED, "<w:b/>", "在全县教育工作会议上的讲话"),
                formatted(CENTRED, "<w:rFonts w:eastAsia=\"楷体_GB2312\"/>", "（2026年12月7日）"),
                formatted("", "", "同志们："),
                formatted(INDENTED, "", "今天召开全县教育工作会议。"));

        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SUBTITLE, ParagraphLevel.SALUTATION, ParagraphLevel.BODY),
                levels(speech));
    }

    @Test
    void aTitleWrappedByALineBreakIsOneTitleAgainAndKeepsItsFullWidthSpaces() throws Exception {
        String title = "<w:p><w:pPr>" + CENTRED + "</w:pPr><w:r><w:rPr>" + XIAOBIAOSONG_22 + "</w:rPr>"
                + "<w:t>凝心聚力　开拓创新　奋力谱写新时代</w:t><w:br/><w:t>全县教育高质量发展新篇章</w:t></w:r></w:p>";
        ImportedSpeech speech = imported(null, title, formatted("", "", "同志们："));

        DraftParagraph first = speech.draft().paragraphs().get(0);
        assertEquals(ParagraphLevel.TITLE, first.level());
        assertEquals("凝心聚力　开拓创新　奋力谱写新时代全县教育高质量发展新篇章", first.text());
    }

    @Test
    void gongwenMarkersDecideTheLevelWhenWordHeadingStylesAreMisusedAndTheReportSaysSo() throws Exception {
        String stylesXml = styles(style("1", "heading 1", null, 0), style("2", "heading 2", null, 1),
                style("3", "heading 3", null, 2));
        ImportedSpeech speech = imported(stylesXml,
                p("1", "在全县教育工作会议上的讲话"),
                p(null, "同志们："),
                p("2", "一、肯定成绩"),
                p(null, "过去一年，全县教育事业取得新进展。"),
                p("3", "（一）办学条件明显改善"),
                p(null, "新建学校8所。"),
                p("2", "二、明确重点"));

        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SALUTATION, ParagraphLevel.HEADING_1, ParagraphLevel.BODY,
                ParagraphLevel.HEADING_2, ParagraphLevel.BODY, ParagraphLevel.HEADING_1), levels(speech));
        List<String> notes = speech.notes().stream().map(ImportNote::message).toList();
        assertEquals(List.of("第1段：Word 样式为一级标题，按位置定为标题",
                "第3段：Word 样式为二级标题，按编号“一、”定为一级标题",
                "第5段：Word 样式为三级标题，按编号“（一）”定为二级标题",
                "第7段：Word 样式为二级标题，按编号“二、”定为一级标题"), notes);
    }

    @Test
    void headingStylesThatAgreeWithTheNumberingGiveNoNote() throws Exception {
        String stylesXml = styles(style("1", "heading 1", null, 0));
        ImportedSpeech speech = imported(stylesXml, p(null, "同志们："), p("1", "一、肯定成绩"), p(null, "成绩来之不易。"));

        assertEquals(ParagraphLevel.HEADING_1, speech.draft().paragraphs().get(1).level());
        assertTrue(speech.notes().isEmpty(), speech.notes().toString());
    }

    @Test
    void ourPlaceholderHighlightIsNotTheUsersHighlight() throws Exception {
        String ours = "<w:r><w:rPr><w:rStyle w:val=\"SdPlaceholder\"/><w:highlight w:val=\"yellow\"/></w:rPr><w:t>XX</w:t></w:r>";
        String theirs = "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>务必按时完成</w:t></w:r>";
        ImportedSpeech speech = imported(null, p(null, r("投入资金"), ours, r("万元，"), theirs, r("。")));

        List<StyledRun> runs = speech.draft().paragraphs().get(0).runs();
        assertEquals("投入资金XX万元，", runs.get(0).text());
        assertFalse(runs.get(0).style().highlight());
        assertEquals("务必按时完成", runs.get(1).text());
        assertTrue(runs.get(1).style().highlight());
    }

    @Test
    void inADocumentWeExportedBeforeTheHighlightOnAPlaceholderIsOurs() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        String highlighted = "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>XX</w:t></w:r>";
        String userHighlight = "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>重点</w:t></w:r>";
        parts.put("word/document.xml", document(p(null, r("新建学校"), highlighted, r("所，这是"), userHighlight, r("。"))));
        parts.put("docProps/app.xml", "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/extended-properties\"><Application>SpeechDraft</Application></Properties>");
        ImportedSpeech speech = importer.importFile(DocxFixtures.writeParts(dir.resolve("旧导出.docx"), parts), null,
                CleanupOptions.DEFAULTS);

        List<StyledRun> runs = speech.draft().paragraphs().get(0).runs();
        assertEquals(List.of(StyledRun.plain("新建学校XX所，这是"),
                new StyledRun("重点", new org.speechdraft.core.model.TextStyle(false, true)), StyledRun.plain("。")), runs);
    }
}
