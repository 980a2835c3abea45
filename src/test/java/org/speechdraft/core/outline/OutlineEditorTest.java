package org.speechdraft.core.outline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.outline.OutlineEditor.Placement;

/** Section moves keep each section whole and leave the numbering as if typed correctly. */
class OutlineEditorTest {

    private final OutlineEditor editor = new OutlineEditor();

    /** Headings: 0 一、 1 （一）经济 2 （二）民生 3 1.就业 4 2.社保 5 二、 6 三、 7 （一）项目 8 （二）改革. */
    private static final List<DraftParagraph> SPEECH = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全县经济工作会议上的讲话"),
            body("下面，我讲三点意见。"),
            body("一、肯定成绩"),
            body("（一）经济运行稳中有进"),
            body("全年地区生产总值增长百分之六。"),
            body("（二）民生保障持续加强"),
            body("1.就业形势总体稳定"),
            body("2.社会保障扩面提质"),
            body("二、正视问题"),
            body("发展不平衡的问题仍然突出。"),
            body("三、部署任务"),
            body("（一）抓项目"),
            body("（二）抓改革"),
            DraftParagraph.of(ParagraphLevel.CLOSING, "同志们，新的一年任务艰巨，让我们携手奋进！"));

    private static DraftParagraph body(String text) {
        return DraftParagraph.of(ParagraphLevel.BODY, text);
    }

    private static List<String> texts(List<DraftParagraph> doc) {
        return doc.stream().map(DraftParagraph::text).toList();
    }

    @Test
    void aTopSectionMovesBeforeAnotherWithEverythingUnderItAndIsRenumbered() {
        List<DraftParagraph> moved = editor.moveSection(SPEECH, 6, 0, Placement.BEFORE);

        assertEquals(List.of("在全县经济工作会议上的讲话", "下面，我讲三点意见。",
                "一、部署任务", "（一）抓项目", "（二）抓改革",
                "二、肯定成绩", "（一）经济运行稳中有进", "全年地区生产总值增长百分之六。", "（二）民生保障持续加强",
                "1.就业形势总体稳定", "2.社会保障扩面提质",
                "三、正视问题", "发展不平衡的问题仍然突出。",
                "同志们，新的一年任务艰巨，让我们携手奋进！"), texts(moved));
    }

    @Test
    void aSubSectionMovedIntoAnotherSectionIsRenumberedInBothParents() {
        List<DraftParagraph> doc = List.of(
                body("一、肯定成绩"), body("（一）经济运行稳中有进"), body("（二）民生保障持续加强"), body("就业形势总体稳定。"),
                body("（三）生态环境持续向好"), body("二、部署任务"), body("（一）抓项目"));

        List<DraftParagraph> moved = editor.moveSection(doc, 2, 4, Placement.INTO);

        assertEquals(List.of("一、肯定成绩", "（一）经济运行稳中有进", "（二）生态环境持续向好",
                "二、部署任务", "（一）抓项目", "（二）民生保障持续加强", "就业形势总体稳定。"), texts(moved));
    }

    @Test
    void aSubSectionMovedIntoALaterSectionTakesItsSubtreeAlong() {
        List<DraftParagraph> moved = editor.moveSection(SPEECH, 2, 6, Placement.INTO);

        assertEquals(List.of("在全县经济工作会议上的讲话", "下面，我讲三点意见。",
                "一、肯定成绩", "（一）经济运行稳中有进", "全年地区生产总值增长百分之六。",
                "二、正视问题", "发展不平衡的问题仍然突出。",
                "三、部署任务", "（一）抓项目", "（二）抓改革", "（三）民生保障持续加强", "1.就业形势总体稳定", "2.社会保障扩面提质",
                "同志们，新的一年任务艰巨，让我们携手奋进！"), texts(moved));
    }

    @Test
    void aSectionMovedToAnotherLevelTakesThatLevelsMarkersWithItsSubtree() {
        List<DraftParagraph> moved = editor.moveSection(SPEECH, 2, 5, Placement.BEFORE);

        assertEquals(List.of("在全县经济工作会议上的讲话", "下面，我讲四点意见。",
                "一、肯定成绩", "（一）经济运行稳中有进", "全年地区生产总值增长百分之六。",
                "二、民生保障持续加强", "（一）就业形势总体稳定", "（二）社会保障扩面提质",
                "三、正视问题", "发展不平衡的问题仍然突出。",
                "四、部署任务", "（一）抓项目", "（二）抓改革",
                "同志们，新的一年任务艰巨，让我们携手奋进！"), texts(moved));
        assertEquals(List.of(1, 2, 1, 2, 2, 1, 1, 2, 2),
                new OutlineAnalyzer().analyzeDraft(moved).headings().stream().map(Heading::level).toList());
    }

    @Test
    void movingASectionIntoItselfOrItsOwnSubtreeIsRefused() {
        assertSame(SPEECH, editor.moveSection(SPEECH, 0, 2, Placement.INTO));
        assertSame(SPEECH, editor.moveSection(SPEECH, 0, 0, Placement.AFTER));
        assertSame(SPEECH, editor.moveSection(SPEECH, 0, 99, Placement.AFTER));
    }

    @Test
    void promoteLiftsTheSectionAndItsSubtreeOneLevel() {
        List<DraftParagraph> promoted = editor.promote(SPEECH, 2);

        assertEquals(List.of("下面，我讲四点意见。", "一、肯定成绩", "（一）经济运行稳中有进", "全年地区生产总值增长百分之六。",
                "二、民生保障持续加强", "（一）就业形势总体稳定", "（二）社会保障扩面提质", "三、正视问题"),
                texts(promoted).subList(1, 9));
        assertSame(SPEECH, editor.promote(SPEECH, 0), "level 1 cannot go higher");
    }

    @Test
    void demoteSinksTheSectionUnderItsPreviousSibling() {
        List<DraftParagraph> demoted = editor.demote(SPEECH, 5);

        assertEquals(List.of("下面，我讲两点意见。", "一、肯定成绩", "（一）经济运行稳中有进", "全年地区生产总值增长百分之六。",
                "（二）民生保障持续加强", "1.就业形势总体稳定", "2.社会保障扩面提质", "（三）正视问题",
                "发展不平衡的问题仍然突出。", "二、部署任务"), texts(demoted).subList(1, 11));
        assertSame(SPEECH, editor.demote(SPEECH, 1), "a first child has no sibling to go under");
        assertSame(SPEECH, editor.demote(SPEECH, 0), "nor has the first section");
    }

    @Test
    void moveUpAndDownSwapWithASiblingAndStopAtTheEdges() {
        assertEquals(List.of("（一）民生保障持续加强", "1.就业形势总体稳定", "2.社会保障扩面提质", "（二）经济运行稳中有进",
                "全年地区生产总值增长百分之六。"), texts(editor.moveUp(SPEECH, 2)).subList(3, 8));
        assertEquals(List.of("1.社会保障扩面提质", "2.就业形势总体稳定"), texts(editor.moveDown(SPEECH, 3)).subList(6, 8));
        assertSame(SPEECH, editor.moveUp(SPEECH, 0));
        assertSame(SPEECH, editor.moveUp(SPEECH, 7), "（一） is the first under its parent");
        assertSame(SPEECH, editor.moveDown(SPEECH, 6));
        assertSame(SPEECH, editor.moveDown(SPEECH, 4), "2. is the last under its parent");
    }

    @Test
    void renumberFixesHeadingsSeriesWidthsAndTheAnnouncedCount() {
        List<DraftParagraph> fixed = editor.renumber(List.of(
                body("下面，我讲三点意见。"),
                body("一、肯定成绩"),
                body("今年抓好三件事：一是抓项目，二是抓招商，二是抓环境。"),
                body("三、正视问题"),
                body("（二）短板弱项"),
                body("（二）风险隐患"),
                body("二、部署任务"),
                body("（一）抓开工"),
                body("1．开工前"),
                body("2.开工后"),
                body("1．竣工时"),
                body("四、强化保障")));

        assertEquals(List.of("下面，我讲四点意见。", "一、肯定成绩", "今年抓好三件事：一是抓项目，二是抓招商，三是抓环境。",
                "二、正视问题", "（一）短板弱项", "（二）风险隐患", "三、部署任务", "（一）抓开工",
                "1．开工前", "2．开工后", "3．竣工时", "四、强化保障"), texts(fixed));
    }

    @Test
    void renumberKeepsEachMarkersWordAndPunctuation() {
        List<DraftParagraph> fixed = editor.renumber(List.of(
                body("一要提高站位。"), body("二要突出重点。"), body("二要压实责任。"),
                body("第一,管住源头。"), body("第三,管住过程。")));

        assertEquals(List.of("一要提高站位。", "二要突出重点。", "三要压实责任。", "第一,管住源头。", "第二,管住过程。"),
                texts(fixed));
    }

    @Test
    void renumberCountsPastTen() {
        List<DraftParagraph> doc = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            doc.add(body("一、第" + (i + 1) + "项工作"));
        }
        List<String> fixed = texts(editor.renumber(doc));
        assertEquals("十、第10项工作", fixed.get(9));
        assertEquals("十二、第12项工作", fixed.get(11));
    }

    @Test
    void renumberKeepsBoldAndHighlightOfTheText() {
        TextStyle bold = TextStyle.EMPTY.withBold(true);
        DraftParagraph runIn = new DraftParagraph(ParagraphLevel.BODY, List.of(
                new StyledRun("（三）抓改革。", bold),
                StyledRun.plain("改革要"),
                new StyledRun("破难题", TextStyle.EMPTY.withHighlight(true)),
                StyledRun.plain("。")));

        List<DraftParagraph> fixed = editor.renumber(List.of(body("一、部署任务"), runIn));

        assertEquals(List.of(new StyledRun("（一）抓改革。", bold), StyledRun.plain("改革要"),
                new StyledRun("破难题", TextStyle.EMPTY.withHighlight(true)), StyledRun.plain("。")),
                fixed.get(1).runs());
    }

    @Test
    void explicitHeadingParagraphsGetTheirNewLevel() {
        List<DraftParagraph> doc = List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、统一思想"),
                DraftParagraph.of(ParagraphLevel.HEADING_2, "（一）提高认识"),
                body("认识到位，行动才能到位。"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "二、狠抓落实"));

        List<DraftParagraph> moved = editor.moveSection(doc, 1, 2, Placement.BEFORE);

        assertEquals(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、统一思想"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "二、提高认识"),
                body("认识到位，行动才能到位。"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "三、狠抓落实")), moved);
    }

    @Test
    void aSectionSpansUpToTheNextHeadingOfItsLevelOrHigher() {
        Outline outline = new OutlineAnalyzer().analyzeDraft(SPEECH);

        assertArrayEquals(new int[] {2, 8}, OutlineEditor.sectionRange(outline, 0, SPEECH.size()));
        assertArrayEquals(new int[] {5, 8}, OutlineEditor.sectionRange(outline, 2, SPEECH.size()));
        assertArrayEquals(new int[] {12, 14}, OutlineEditor.sectionRange(outline, 8, SPEECH.size()));
    }
}
