package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * The pages a speech prints on, worked out from the 公文 grid: 28 characters a line (26 on a
 * paragraph's first, after its two-character indent), 22 lines a page.
 */
class PageLayoutTest {

    private static final String HAN = "坚持以人民为中心的发展思想推动经济社会高质量发展";
    private static final PageLayout GONGWEN = new PageLayout(BuiltInPresets.gongwen());
    private static final PageLayout LARGE_PRINT = new PageLayout(BuiltInPresets.largePrint());

    private static String han(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(HAN);
        }
        return text.substring(0, length);
    }

    private static DraftParagraph body(String text) {
        return DraftParagraph.of(ParagraphLevel.BODY, text);
    }

    /** The text of each line of the first paragraph, as the page shows it. */
    private static List<String> lines(PageLayout layout, DraftParagraph paragraph) {
        List<String> lines = new ArrayList<>();
        for (List<PageLine> page : layout.paginate(List.of(paragraph)).pages()) {
            for (PageLine line : page) {
                lines.add(paragraph.text().substring(line.start(), line.end()));
            }
        }
        return lines;
    }

    private static List<Integer> lengths(List<String> lines) {
        return lines.stream().map(String::length).toList();
    }

    private static List<DraftParagraph> oneLineParagraphs(int count) {
        List<DraftParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add(body(han(10)));
        }
        return paragraphs;
    }

    @Test
    void aBodyParagraphHas26CharactersOnItsFirstLineAnd28OnTheOthers() {
        assertEquals(List.of(26, 28, 28, 5), lengths(lines(GONGWEN, body(han(87)))));
    }

    @Test
    void aPageHolds22Lines() {
        assertEquals(1, GONGWEN.paginate(oneLineParagraphs(22)).pageCount());
        Pagination pages = GONGWEN.paginate(oneLineParagraphs(23));
        assertEquals(2, pages.pageCount());
        assertEquals(22, pages.pages().get(0).size());
        assertEquals(2, pages.pageOf(22));
    }

    @Test
    void aCommaThatDoesNotFitHangsIntoTheMarginInsteadOfStartingTheNextLine() {
        List<String> lines = lines(GONGWEN, body(han(26) + "，" + han(10)));
        assertEquals(han(26) + "，", lines.get(0));
        assertEquals(2, lines.size());
    }

    @Test
    void aFullStopThatDoesNotFitAtTheEndLeavesNoLineOfItsOwn() {
        assertEquals(1, lines(GONGWEN, body(han(26) + "。")).size());
    }

    @Test
    void noLineEndsWithAnOpeningQuoteNorStartsWithAClosingBracket() {
        List<String> quoted = lines(GONGWEN, body(han(25) + "“" + han(6) + "”"));
        assertEquals(han(25), quoted.get(0), "the opening quote goes down with the word it opens");
        assertTrue(quoted.get(1).startsWith("“"));

        List<String> bracketed = lines(GONGWEN, body("（" + han(25) + "）" + han(4)));
        assertEquals(25, bracketed.get(0).length());
        assertTrue(bracketed.get(1).startsWith(han(25).substring(24) + "）"),
                "the character before the closing bracket goes down with it: " + bracketed);
    }

    @Test
    void aFigureStaysWholeAtTheEndOfALine() {
        List<String> lines = lines(GONGWEN, body(han(24) + "12345" + han(10)));
        assertEquals(han(24), lines.get(0));
        assertTrue(lines.get(1).startsWith("12345"));
    }

    @Test
    void latinLettersAndFiguresAreNarrowerThanChineseCharacters() {
        // 13 Han characters, "2026" and 9 more fill 26 cells less the figures' half widths: one more line's worth
        List<String> lines = lines(GONGWEN, body(han(13) + "2026" + han(20)));
        assertTrue(lines.get(0).length() > 26, lines.get(0));
    }

    @Test
    void aHeadingAtTheFootOfAPageGoesOverWithTheParagraphItIntroduces() {
        List<DraftParagraph> paragraphs = oneLineParagraphs(21);
        paragraphs.add(DraftParagraph.of(ParagraphLevel.HEADING_1, "一、坚持稳中求进"));
        paragraphs.add(body(han(60)));
        Pagination pages = GONGWEN.paginate(paragraphs);
        assertEquals(21, pages.pages().get(0).size());
        assertEquals(2, pages.pageOf(21), "the heading starts page 2");
        assertEquals(2, pages.pageOf(22));
    }

    @Test
    void aHeadingWithItsBodyTextRunInIsNotKeptWithTheNextParagraph() {
        List<DraftParagraph> paragraphs = oneLineParagraphs(21);
        paragraphs.add(DraftParagraph.of(ParagraphLevel.HEADING_3, "1.加强组织领导。" + han(10)));
        paragraphs.add(body(han(60)));
        Pagination pages = GONGWEN.paginate(paragraphs);
        assertEquals(1, pages.pageOf(21));
        assertEquals(2, pages.pageOf(22));
    }

    @Test
    void aBlankLineStandsBetweenTheTitleAndTheSalutation() {
        Pagination pages = GONGWEN.paginate(List.of(DraftParagraph.of(ParagraphLevel.TITLE, "在全县工作会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："), body(han(10))));
        List<PageLine> lines = pages.pages().get(0);
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).isAdded());
        assertEquals(1, lines.get(2).paragraph());
    }

    @Test
    void aLongTitleIsCentredOnBalancedLines() {
        String title = "在全市推进新型工业化暨制造业高质量发展大会上的讲话";
        Pagination pages = GONGWEN.paginate(List.of(DraftParagraph.of(ParagraphLevel.TITLE, title)));
        List<PageLine> lines = pages.pages().get(0);
        assertEquals(2, lines.size());
        assertTrue(Math.abs((lines.get(0).end() - lines.get(0).start()) - (lines.get(1).end() - lines.get(1).start())) <= 2);
        for (PageLine line : lines) {
            double left = line.xPt();
            double right = 442.25 - line.xPt() - line.widthPt();
            assertEquals(left, right, 0.01, "centred");
        }
    }

    @Test
    void theSignatureStandsTwoCharactersFromTheRightMargin() {
        PageLine line = GONGWEN.paginate(List.of(DraftParagraph.of(ParagraphLevel.SIGNATURE, "2026年12月7日")))
                .pages().get(0).get(0);
        assertEquals(442.25 - 2 * 16, line.xPt() + line.widthPt(), 0.01);
    }

    @Test
    void theReadingCopyHasFewerLargerCharactersOnItsLinesAndPages() {
        assertEquals(List.of(22, 24, 24, 10), lengths(lines(LARGE_PRINT, body(han(80)))));
        // 247 mm of text block, 35 pt lines
        assertEquals(20, LARGE_PRINT.paginate(oneLineParagraphs(25)).pages().get(0).size());
    }

    @Test
    void inTheReadingCopyNeitherTheFirstNorTheLastLineOfAParagraphStandsAloneAtAPagesEdge() {
        List<DraftParagraph> paragraphs = oneLineParagraphs(18);
        paragraphs.add(body(han(22 + 24 + 10))); // three lines, two of room
        Pagination pages = LARGE_PRINT.paginate(paragraphs);
        assertEquals(18, pages.pages().get(0).size(), "the paragraph goes over whole");
        assertEquals(2, pages.pageOf(18));

        List<DraftParagraph> longer = oneLineParagraphs(18);
        longer.add(body(han(22 + 24 + 24 + 10))); // four lines: two stay, two go over
        assertEquals(20, LARGE_PRINT.paginate(longer).pages().get(0).size());

        List<DraftParagraph> last = oneLineParagraphs(17);
        last.add(body(han(22 + 24 + 24 + 10))); // four lines, three of room: the last would stand alone
        assertEquals(19, LARGE_PRINT.paginate(last).pages().get(0).size());
    }

    @Test
    void theCaretsPageIsThePageOfItsLine() {
        List<DraftParagraph> paragraphs = oneLineParagraphs(20);
        paragraphs.add(body(han(26 + 28 + 28))); // lines 21-22 on page 1, line 23 on page 2
        Pagination pages = GONGWEN.paginate(paragraphs);
        assertEquals(1, pages.pageAt(20, 0));
        assertEquals(1, pages.pageAt(20, 26 + 27));
        assertEquals(2, pages.pageAt(20, 26 + 28), "at a line's end the caret stands at the start of the next");
        assertEquals(2, pages.pageAt(20, 82), "the paragraph's end");
        assertEquals(1, pages.pageAt(19, 10), "the end of a paragraph on page 1");
    }

    @Test
    void anEmptySpeechIsOnePage() {
        assertEquals(1, GONGWEN.paginate(List.of()).pageCount());
        assertEquals(1, GONGWEN.paginate(List.of(body(""))).pageCount());
    }

    @Test
    void aJustifiedLineReachesTheMarginAndAParagraphsLastLineDoesNot() {
        DraftParagraph paragraph = body(han(20) + "2026年" + han(40));
        List<PageLine> lines = GONGWEN.paginate(List.of(paragraph)).pages().get(0);
        List<GlyphRun> first = GONGWEN.glyphs(lines.get(0), paragraph, List.of());
        assertEquals(442.25, first.get(first.size() - 1).endPt(), 0.3, "spread to the right margin");
        assertEquals(32, first.get(0).xPt()[0], 0.01, "two characters in");
        List<GlyphRun> last = GONGWEN.glyphs(lines.get(lines.size() - 1), paragraph, List.of());
        assertTrue(last.get(last.size() - 1).endPt() < 400);
    }

    @Test
    void figuresAreSetInTheLatinFaceAndRunInBodyTextInTheBodyFace() {
        DraftParagraph heading = DraftParagraph.of(ParagraphLevel.HEADING_1, "一、总体要求。到2027年基本完成");
        PageLine line = GONGWEN.paginate(List.of(heading)).pages().get(0).get(0);
        List<GlyphRun> runs = GONGWEN.glyphs(line, heading, List.of());
        assertEquals(List.of("一、总体要求。", "到", "2027", "年基本完成"), runs.stream().map(GlyphRun::text).toList());
        assertEquals("黑体", runs.get(0).font().eastAsia());
        assertEquals("仿宋_GB2312", runs.get(1).font().eastAsia());
        assertTrue(runs.get(2).latin());
        assertTrue(runs.get(2).xPt()[0] > runs.get(1).endPt(), "a space between Chinese and figures");
    }

    @Test
    void anUnfilledPlaceholderIsMarkedAsTheExportMarksIt() {
        DraftParagraph paragraph = body("投入资金XX万元。");
        PageLine line = GONGWEN.paginate(List.of(paragraph)).pages().get(0).get(0);
        List<GlyphRun> runs = GONGWEN.glyphs(line, paragraph, List.of(new int[] {4, 6}));
        assertEquals(List.of("投入资金", "XX", "万元。"), runs.stream().map(GlyphRun::text).toList());
        assertEquals(List.of(false, true, false), runs.stream().map(GlyphRun::highlight).toList());
    }

    @Test
    void editingADraftGivesTheSamePagesAsLayingItOutAfresh() {
        LivePagination live = new LivePagination(GONGWEN);
        List<DraftParagraph> paragraphs = new ArrayList<>(oneLineParagraphs(30));
        paragraphs.add(0, DraftParagraph.of(ParagraphLevel.TITLE, "在全县工作会议上的讲话"));
        paragraphs.add(1, DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："));
        live.paginate(paragraphs);
        paragraphs.add(5, DraftParagraph.of(ParagraphLevel.HEADING_1, "一、坚持稳中求进"));
        paragraphs.set(10, body(han(300)));
        paragraphs.remove(20);
        assertEquals(GONGWEN.paginate(paragraphs), live.paginate(paragraphs));
    }
}
