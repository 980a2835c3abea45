package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.speechdraft.core.export.ExportedDocx.isOn;
import static org.speechdraft.core.export.ExportedDocx.run;
import static org.speechdraft.core.export.ExportedDocx.twips;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.placeholder.Placeholder;

/** The 公文标准 preset, read back from the DOCX as Word would read it. */
class GongwenDocxTest {

    @TempDir
    Path dir;

    private Path file;
    private ExportResult result;

    @BeforeEach
    void export() throws IOException {
        file = dir.resolve("讲话.docx");
        result = new DocxExporter().export(SampleSpeech.draft(), BuiltInPresets.gongwen(), file);
    }

    @Test
    void pageIsA4WithTheStandardsMargins() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(11906, twips(docx.section().getPgSz().getW()));
            assertEquals(16838, twips(docx.section().getPgSz().getH()));
            CTPageMar margins = docx.section().getPgMar();
            assertEquals(2098, twips(margins.getTop()), "天头 37 mm");
            assertEquals(1984, twips(margins.getBottom()), "35 mm");
            assertEquals(1587, twips(margins.getLeft()), "订口 28 mm");
            assertEquals(1474, twips(margins.getRight()), "26 mm");
        }
    }

    @Test
    void gridPuts22LinesOf28CharactersIntoTheTextBlock() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            CTDocGrid grid = docx.section().getDocGrid();
            // A line grid; the 28 characters come from letter spacing, which LibreOffice renders too.
            assertEquals(STDocGrid.LINES, grid.getType());
            assertEquals(579, grid.getLinePitch().intValue(), "12756 twips / 22 lines");
            assertEquals(-842, grid.getCharSpace().intValue(), "442.25 pt / 28 = 15.795 pt, 16 pt − 0.205 pt");
            assertTrue(22 * 579 <= 16838 - 2098 - 1984 && 23 * 579 > 16838 - 2098 - 1984);
            CTPPrGeneral body = docx.paragraphProperties("Normal");
            assertEquals(579, twips(body.getSpacing().getLine()));
            assertEquals(STLineSpacingRule.EXACT, body.getSpacing().getLineRule());
            int letterSpacing = twips(docx.runProperties("Normal").getSpacingArray(0).getVal());
            assertEquals(-5, letterSpacing, "−0.25 pt");
            assertTrue(28 * (320 + letterSpacing) <= 8845 && 29 * (320 + letterSpacing) > 8845,
                    "28 characters of 16 pt fit a 156 mm line, 29 do not");
        }
    }

    @Test
    void wordsCharacterGridCanBeChosenInstead() throws IOException {
        ExportPreset withCharGrid = BuiltInPresets.gongwen().withGrid(new TextGrid(22, 28, true));
        new DocxExporter().export(SampleSpeech.draft(), withCharGrid, file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            CTDocGrid grid = docx.section().getDocGrid();
            assertEquals(STDocGrid.LINES_AND_CHARS, grid.getType());
            assertEquals(579, grid.getLinePitch().intValue());
            assertEquals(-842, grid.getCharSpace().intValue());
            assertTrue(docx.runProperties("Normal").getSpacingList().isEmpty(), "the grid spaces the characters");
        }
    }

    @Test
    void everyPageFillsAll22LinesWithoutWidowControl() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            var widowControl = docx.paragraphProperties("Normal").getWidowControl();
            assertTrue(widowControl != null && !isOn(List.of(widowControl)), "written off, not left to the viewer");
        }
    }

    @Test
    void eachLevelHasItsOwnStyleAndHeadingsCarryOutlineLevels() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            Map<String, String> names = Map.of("Title", "标题", "Subtitle", "副标题", "Salutation", "称呼",
                    "Heading1", "一级标题", "Heading2", "二级标题", "Heading3", "三级标题", "Heading4", "四级标题",
                    "Closing", "结束语", "Signature", "落款");
            names.forEach((id, name) -> assertEquals(name, docx.style(id).getName().getVal(), id));
            assertEquals(0, docx.paragraphProperties("Title").getOutlineLvl().getVal().intValue());
            for (int depth = 1; depth <= 4; depth++) {
                assertEquals(depth - 1,
                        docx.paragraphProperties("Heading" + depth).getOutlineLvl().getVal().intValue());
            }
            assertNull(docx.paragraphProperties("Normal").getOutlineLvl(), "body text is not in the outline");
            assertNull(docx.paragraphProperties("Subtitle").getOutlineLvl());
            assertEquals("Title", docx.paragraph(SampleSpeech.TITLE).getStyle());
            assertEquals("Heading2", docx.paragraph("（一）稳面积").getStyle());
            assertNull(docx.paragraph("今天召开会议").getStyle(), "body text is Normal, shown as 正文");
            assertTrue(docx.doc.getNumbering() == null, "heading markers are text, not Word numbering");
            assertEquals("一、认清形势", docx.paragraph("一、").getText());
        }
    }

    @Test
    void fontsPerLevelNameTheChineseFaceAndTimesForLatin() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            Map<String, String> eastAsia = Map.of("Title", "方正小标宋简体", "Subtitle", "楷体_GB2312",
                    "Normal", "仿宋_GB2312", "Heading1", "黑体", "Heading2", "楷体_GB2312", "Heading3", "仿宋_GB2312",
                    "Heading4", "仿宋_GB2312");
            eastAsia.forEach((id, face) -> {
                CTFonts fonts = docx.fonts(id);
                assertEquals(face, fonts.getEastAsia(), id);
                assertEquals("Times New Roman", fonts.getAscii(), id);
                assertEquals("Times New Roman", fonts.getHAnsi(), id);
            });
            // and in every run, for viewers that look no further
            CTFonts titleRun = docx.paragraph(SampleSpeech.TITLE).getRuns().get(0).getCTR().getRPr().getRFontsArray(0);
            assertEquals("方正小标宋简体", titleRun.getEastAsia());
            assertEquals("Times New Roman", titleRun.getAscii());
            CTFonts headingRun = docx.paragraph("一、").getRuns().get(0).getCTR().getRPr().getRFontsArray(0);
            assertEquals("黑体", headingRun.getEastAsia());
        }
    }

    @Test
    void sizesAreErHaoForTheTitleAndSanHaoElsewhere() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(22, docx.sizePt("Title"));
            for (String id : List.of("Normal", "Subtitle", "Salutation", "Heading1", "Heading2", "Heading3", "Heading4",
                    "Closing")) {
                assertEquals(16, docx.sizePt(id), id);
            }
            assertFalse(docx.bold("Heading3"), "bold level 3 is a local habit, not the standard");
        }
    }

    @Test
    void bodyIsJustifiedWithATwoCharacterIndentInBothUnits() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            CTPPrGeneral body = docx.paragraphProperties("Normal");
            assertEquals(STJc.BOTH, body.getJc().getVal());
            assertEquals(640, twips(body.getInd().getFirstLine()), "2 × 16 pt in twips, for LibreOffice");
            assertEquals(200, body.getInd().getFirstLineChars().intValue(), "what Word writes");
            assertEquals(STJc.CENTER, docx.paragraphProperties("Title").getJc().getVal());
            assertEquals(STJc.CENTER, docx.paragraphProperties("Subtitle").getJc().getVal());
            assertEquals(0, twips(docx.paragraphProperties("Title").getInd().getFirstLine()));
            assertEquals(0, twips(docx.paragraphProperties("Salutation").getInd().getFirstLine()), "称呼 顶格");
            assertEquals(640, twips(docx.paragraphProperties("Heading1").getInd().getFirstLine()));
        }
    }

    @Test
    void defaultsAndNormalCarryTheBodySizeAndChineseLanguage() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            var defaults = docx.doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertEquals(BigInteger.valueOf(32), defaults.getSzArray(0).getVal());
            assertEquals("zh-CN", defaults.getLangArray(0).getEastAsia());
            assertEquals("仿宋_GB2312", defaults.getRFontsArray(0).getEastAsia());
            assertEquals(16, docx.sizePt("Normal"), "LibreOffice takes the grid's base size from Normal");
            assertFalse(isOn(List.of(docx.paragraphProperties("Title").getSnapToGrid())), "a 22 pt title off the grid");
        }
    }

    @Test
    void wordOpensItInItsCurrentLayoutModeNotInCompatibilityMode() throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            String settings = new String(zip.getInputStream(zip.getEntry("word/settings.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(settings.contains("w:name=\"compatibilityMode\"") && settings.contains("w:val=\"15\""), settings);
        }
    }

    @Test
    void pageNumbersAreDashedFieldsRightOnOddAndLeftOnEvenPages() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertTrue(docx.doc.getEvenAndOddHeadings(), "w:evenAndOddHeaders");
            XWPFFooter odd = docx.doc.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = docx.doc.getHeaderFooterPolicy().getEvenPageFooter();
            checkPageNumber(odd, STJc.RIGHT);
            checkPageNumber(even, STJc.LEFT);
            var oddIndent = odd.getParagraphs().get(0).getCTP().getPPr().getInd();
            var evenIndent = even.getParagraphs().get(0).getCTP().getPPr().getInd();
            assertEquals(280, twips(oddIndent.getRight()), "inset one 14 pt character");
            assertEquals(280, twips(evenIndent.getLeft()));
        }
    }

    /** The footer as a viewer shows it, with the field written {PAGE}; checks faces and size on the way. */
    private static void checkPageNumber(XWPFFooter footer, STJc.Enum alignment) {
        XWPFParagraph paragraph = footer.getParagraphs().get(0);
        assertEquals(alignment, paragraph.getCTP().getPPr().getJc().getVal());
        StringBuilder shown = new StringBuilder();
        boolean fieldResult = false;
        for (XWPFRun run : paragraph.getRuns()) {
            var r = run.getCTR();
            if (r.sizeOfFldCharArray() > 0) {
                String type = r.getFldCharArray(0).getFldCharType().toString();
                fieldResult = type.equals("separate");
                if (fieldResult) {
                    shown.append("{PAGE}");
                }
            } else if (r.sizeOfInstrTextArray() > 0) {
                assertEquals("PAGE", r.getInstrTextArray(0).getStringValue().strip());
            } else if (!fieldResult) {
                shown.append(r.getTArray(0).getStringValue());
            }
            CTFonts fonts = r.getRPr().getRFontsArray(0);
            assertEquals("宋体", fonts.getEastAsia());
            assertEquals("宋体", fonts.getAscii(), "half-width digits in 宋体 too");
            assertEquals(BigInteger.valueOf(28), r.getRPr().getSzArray(0).getVal(), "四号");
        }
        assertEquals("— {PAGE} —", shown.toString());
    }

    @Test
    void boldAndHighlightOfTheDraftAreKept() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFParagraph paragraph = docx.paragraph("去年全市");
            XWPFRun unit = run(paragraph, "万吨");
            assertTrue(isOn(unit.getCTR().getRPr().getBList()), "bold run");
            XWPFRun highlighted = run(paragraph, "再创历史新高");
            assertEquals(STHighlightColor.YELLOW, highlighted.getCTR().getRPr().getHighlightArray(0).getVal());
            XWPFRun plain = run(paragraph, "去年全市粮食总产量达到");
            assertTrue(plain.getCTR().getRPr().getHighlightList().isEmpty());
            assertTrue(plain.getCTR().getRPr().getBList().isEmpty());
        }
    }

    @Test
    void remainingPlaceholdersAreReportedAndHighlighted() throws IOException {
        assertEquals(List.of("XX", "**"), result.remaining().stream().map(Placeholder::text).toList());
        assertTrue(result.hasRemaining());
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFRun figure = run(docx.paragraph("去年全市"), "XX");
            assertEquals(STHighlightColor.YELLOW, figure.getCTR().getRPr().getHighlightArray(0).getVal());
            assertTrue(isOn(figure.getCTR().getRPr().getBList()), "still bold as in the draft");
            XWPFRun stars = run(docx.paragraph("（一）稳面积"), "**");
            assertEquals(STHighlightColor.YELLOW, stars.getCTR().getRPr().getHighlightArray(0).getVal());
        }
    }

    @Test
    void placeholdersAreToldApartFromTheUsersHighlightByTheirCharacterStyle() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            CTStyle style = docx.style("SdPlaceholder");
            assertEquals(STStyleType.CHARACTER, style.getType());
            assertEquals("待填数据", style.getName().getVal());
            XWPFParagraph paragraph = docx.paragraph("去年全市");
            assertEquals("SdPlaceholder", run(paragraph, "XX").getStyle());
            assertEquals("SdPlaceholder", run(docx.paragraph("（一）稳面积"), "**").getStyle());
            XWPFRun usersHighlight = run(paragraph, "再创历史新高");
            assertEquals("", usersHighlight.getStyle(), "the user's own highlight has no style");
            assertEquals("", run(paragraph, "万吨").getStyle());
        }
    }

    @Test
    void bodyTextRunIntoAHeadingIsSetInTheBodyFace() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFParagraph paragraph = docx.paragraph("（一）稳面积");
            XWPFRun heading = run(paragraph, "（一）稳面积。");
            assertEquals("楷体_GB2312", heading.getCTR().getRPr().getRFontsArray(0).getEastAsia());
            XWPFRun body = run(paragraph, "全市粮食播种面积稳定在");
            assertEquals("仿宋_GB2312", body.getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertFalse(isOn(List.of(paragraph.getCTP().getPPr().getKeepNext())),
                    "a heading with its text is not kept with the next paragraph");
            assertTrue(isOn(List.of(docx.paragraphProperties("Heading1").getKeepNext())));
        }
    }

    @Test
    void documentPropertiesNameTheSpeechAndTheProgram() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(SampleSpeech.TITLE, docx.doc.getProperties().getCoreProperties().getTitle());
            assertEquals("SpeechDraft", docx.doc.getProperties().getCoreProperties().getCreator());
        }
    }

    @Test
    void theUsersNameAndTheExportTimeAreTheDocumentsAuthorAndDates() throws IOException {
        Authorship by = new Authorship("李明", Instant.parse("2026-03-02T09:30:15.250Z"));
        new DocxExporter().export(SampleSpeech.draft(), result.remaining(), BuiltInPresets.gongwen(), by, file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            var properties = docx.doc.getProperties().getCoreProperties();
            assertEquals("李明", properties.getCreator());
            assertEquals("李明", properties.getLastModifiedByUser());
            assertEquals(Instant.parse("2026-03-02T09:30:15Z"), properties.getCreated().toInstant(), "to the second");
            assertEquals(Instant.parse("2026-03-02T09:30:15Z"), properties.getModified().toInstant());
        }
    }

    @Test
    void withoutAUsersNameTheProgramIsTheAuthorAndTheDatesAreNow() throws IOException {
        Instant before = Instant.now().minusSeconds(1);
        new DocxExporter().export(SampleSpeech.draft(), BuiltInPresets.gongwen(), file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            var properties = docx.doc.getProperties().getCoreProperties();
            assertEquals("SpeechDraft", properties.getLastModifiedByUser());
            Instant modified = properties.getModified().toInstant();
            assertTrue(!modified.isBefore(before) && !modified.isAfter(Instant.now()), modified.toString());
            assertEquals(modified, properties.getCreated().toInstant());
        }
    }

    @Test
    void everyParagraphIsExportedInOrderWithItsText() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            List<String> expected = new ArrayList<>(SampleSpeech.draft().paragraphs().stream().map(p -> p.text()).toList());
            expected.add(expected.indexOf("同志们："), ""); // the blank line under the title block
            assertEquals(expected, docx.paragraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }

    @Test
    void aLongTitleIsBrokenIntoBalancedLinesByLineBreaks() throws IOException {
        String title = "在全市深入学习贯彻党的二十届四中全会精神暨推进高质量发展、创建全国文明城市动员大会上的讲话";
        Draft draft = Draft.of(List.of(DraftParagraph.of(ParagraphLevel.TITLE, title),
                DraftParagraph.of(ParagraphLevel.BODY, "同志们：")));
        new DocxExporter().export(draft, BuiltInPresets.gongwen(), file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFParagraph paragraph = docx.paragraphs().get(0);
            assertEquals(List.of("在全市深入学习贯彻党的二十届四", "中全会精神暨推进高质量发展、创", "建全国文明城市动员大会上的讲话"),
                    List.of(paragraph.getText().split("\n")), "three lines of 15 on a line of 20");
            assertEquals(1, paragraph.getCTP().getRArray(1).sizeOfBrArray(), "a line break, not a new paragraph");
            assertEquals(2, docx.paragraphs().size());
        }
    }

    @Test
    void aShortTitleStaysOnOneLine() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(SampleSpeech.TITLE, docx.paragraph(SampleSpeech.TITLE).getText());
        }
    }

    @Test
    void aBlankLineSeparatesTheTitleBlockFromTheSalutation() throws IOException {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            List<XWPFParagraph> paragraphs = docx.paragraphs();
            int salutation = paragraphs.indexOf(docx.paragraph("同志们："));
            assertEquals("Subtitle", paragraphs.get(salutation - 2).getStyle());
            XWPFParagraph blank = paragraphs.get(salutation - 1);
            assertEquals("", blank.getText());
            assertNull(blank.getStyle(), "a body line: one line of the grid");
        }
    }

    @Test
    void aBlankLineTheDraftHasAlreadyIsNotDoubled() throws IOException {
        Draft draft = Draft.of(List.of(DraftParagraph.of(ParagraphLevel.TITLE, SampleSpeech.TITLE),
                DraftParagraph.of(ParagraphLevel.BODY, ""), DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "今天召开会议。")));
        new DocxExporter().export(draft, BuiltInPresets.gongwen(), file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(List.of(SampleSpeech.TITLE, "", "同志们：", "今天召开会议。"),
                    docx.paragraphs().stream().map(XWPFParagraph::getText).toList());
        }
    }
}
