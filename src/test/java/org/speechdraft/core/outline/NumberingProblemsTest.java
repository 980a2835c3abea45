package org.speechdraft.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.NumberingProblem.Kind;

/** Numbering mistakes are reported where they are, in Chinese. */
class NumberingProblemsTest {

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    private List<NumberingProblem> problems(String... lines) {
        return analyzer.analyzeText(List.of(lines)).problems();
    }

    private static NumberingProblem only(List<NumberingProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void aSkippedNumberIsAGap() {
        NumberingProblem gap = only(problems("一、肯定成绩", "成绩来之不易。", "三、部署任务", "任务十分繁重。"));

        assertEquals(Kind.GAP, gap.kind());
        assertEquals(2, gap.paragraph());
        assertEquals(0, gap.start());
        assertEquals("编号不连续：“一、”之后应是“二、”，这里是“三、”。", gap.message());
    }

    @Test
    void subHeadingsThatDoNotStartAtOneHaveAGap() {
        NumberingProblem gap = only(problems("一、部署任务", "（二）抓好招商引资", "（三）抓好营商环境"));

        assertEquals(Kind.GAP, gap.kind());
        assertEquals("编号应从“（一）”开始，这里是“（二）”。", gap.message());
    }

    @Test
    void aPointWrittenTwiceIsADuplicate() {
        NumberingProblem duplicate = only(problems(
                "一要提高站位。", "站位高了，工作才有方向。",
                "二要突出重点。", "重点抓住了，全局就活了。",
                "二要压实责任。", "责任压实了，工作才能落地。",
                "三要加强督查。"));

        assertEquals(Kind.DUPLICATE, duplicate.kind());
        assertEquals(4, duplicate.paragraph());
        assertEquals("编号重复：前面已有“二要”。", duplicate.message());
    }

    @Test
    void aSmallerNumberAfterALargerOneIsWrongOrder() {
        NumberingProblem order = only(problems("一、肯定成绩", "三、强化保障", "二、部署任务"));

        assertEquals(Kind.WRONG_ORDER, order.kind());
        assertEquals(2, order.paragraph());
        assertEquals("编号顺序颠倒：“二、”排在了“三、”之后。", order.message());
    }

    @Test
    void aSubHeadingWithNoHeadingAboveItDoesNotFit() {
        NumberingProblem misfit = only(problems(
                "（一）基本情况", "全县共有学校八十所。", "一、肯定成绩", "（一）办学条件改善", "二、部署任务"));

        assertEquals(Kind.STYLE_MISFIT, misfit.kind());
        assertEquals(0, misfit.paragraph());
        assertEquals("“（一）”前面没有上一级标题（如“一、”）。", misfit.message());
    }

    @Test
    void fullAndHalfWidthVariantsMixedAtOneLevel() {
        NumberingProblem mixed = only(problems("一、部署任务", "（一）抓项目", "1.抓开工", "2．抓投产", "3.抓达效"));

        assertEquals(Kind.MIXED_WIDTH, mixed.kind());
        assertEquals(3, mixed.paragraph());
        assertEquals("同一级编号混用全角和半角：这里是“2．”，同级其他标题用“2.”。", mixed.message());
    }

    @Test
    void theAnnouncedNumberOfPointsMustMatchTheSections() {
        NumberingProblem count = only(problems(
                "同志们：", "下面，我讲三点意见。", "一、肯定成绩", "二、正视问题", "三、部署任务", "四、强化保障"));

        assertEquals(Kind.ANNOUNCED_COUNT, count.kind());
        assertEquals(1, count.paragraph());
        assertEquals("下面，我讲".length(), count.start());
        assertEquals("开头预告了三点，但正文有4个一级标题。", count.message());
    }

    @Test
    void theAnnouncedCountMayBeWrittenInDigitsOrAs两() {
        assertTrue(problems("下面，我再强调 3点意见。", "一要提高站位。", "二要突出重点。", "三要压实责任。").isEmpty());
        assertTrue(problems("下面，我讲两点意见：", "一、肯定成绩", "二、部署任务").isEmpty());
        assertEquals(Kind.ANNOUNCED_COUNT, only(problems("我讲两个方面。", "一、肯定成绩")).kind());
        assertEquals(Kind.ANNOUNCED_COUNT, only(problems("下面讲三个问题。", "一、肯定成绩", "二、部署任务")).kind());
    }

    @Test
    void inlineSeriesAreCheckedToo() {
        NumberingProblem gap = only(problems("今年抓好三件事：一是抓项目，三是抓招商。"));
        assertEquals(Kind.GAP, gap.kind());
        assertEquals("今年抓好三件事：一是抓项目，".length(), gap.start());

        NumberingProblem duplicate = only(problems("今年抓好三件事：一是抓项目，二是抓招商，二是抓环境。"));
        assertEquals(Kind.DUPLICATE, duplicate.kind());
    }

    @Test
    void aHeadingLevelThatContradictsItsMarkerDoesNotFit() {
        Outline outline = analyzer.analyzeDraft(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.HEADING_2, "二、部署任务"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "三、强化保障")));

        NumberingProblem misfit = outline.problems().stream().filter(p -> p.kind() == Kind.STYLE_MISFIT)
                .findFirst().orElseThrow();
        assertEquals(1, misfit.paragraph());
        assertEquals("“二、”在本文中是一级标题的编号，这里却用作二级标题。", misfit.message());
    }

    @Test
    void aCleanOutlineHasNoProblems() {
        assertTrue(problems("下面，我讲两点意见。", "一、肯定成绩", "（一）经济运行平稳", "（二）民生持续改善",
                "二、部署任务", "（一）抓项目", "1.抓开工", "2.抓投产", "（二）抓改革").isEmpty());
    }
}
