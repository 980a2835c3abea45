package org.speechdraft.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/** In a draft, the levels the user gave win; text pasted into body paragraphs is still read for headings. */
class DraftOutlineTest {

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    private static DraftParagraph p(ParagraphLevel level, String text) {
        return DraftParagraph.of(level, text);
    }

    @Test
    void explicitLevelsWinAndTextHeadingsFitAroundThem() {
        Outline outline = analyzer.analyzeDraft(List.of(
                p(ParagraphLevel.TITLE, "在全区宣传思想工作会议上的讲话"),
                p(ParagraphLevel.SALUTATION, "同志们："),
                p(ParagraphLevel.HEADING_1, "总体要求"),
                p(ParagraphLevel.HEADING_2, "第一，把准方向"),
                p(ParagraphLevel.BODY, "第二，讲好故事。要创新方式方法。"),
                p(ParagraphLevel.BODY, "一是用好新媒体。"),
                p(ParagraphLevel.BODY, "二是办好主题活动。"),
                p(ParagraphLevel.HEADING_1, "重点任务"),
                p(ParagraphLevel.CLOSING, "同志们，让我们一起努力！")));

        assertEquals("在全区宣传思想工作会议上的讲话", outline.title());
        assertEquals(List.of("1 总体要求", "2 第一，把准方向", "2 第二，讲好故事", "3 一是用好新媒体", "3 二是办好主题活动",
                "1 重点任务"), outline.headings().stream().map(h -> h.level() + " " + h.label()).toList());
        assertNull(outline.headings().get(0).marker(), "a heading paragraph without a marker has none");
        assertEquals(List.of(), outline.problems());
    }

    @Test
    void anExplicitLevelOverridesWhatTheMarkerWouldSuggest() {
        Outline outline = analyzer.analyzeDraft(List.of(
                p(ParagraphLevel.HEADING_1, "一、统一思想"),
                p(ParagraphLevel.HEADING_3, "（一）提高认识"),
                p(ParagraphLevel.BODY, "（二）明确责任。各部门要各司其职。")));

        assertEquals(List.of(1, 3, 3), outline.headings().stream().map(Heading::level).toList());
    }

    @Test
    void onlyBodyParagraphsAreReadForHeadingsWrittenAsText() {
        Outline outline = analyzer.analyzeDraft(List.of(
                p(ParagraphLevel.TITLE, "一、二期工程建设推进会讲话"),
                p(ParagraphLevel.SUBTITLE, "（2026年1月8日）"),
                p(ParagraphLevel.BODY, "一、抓进度"),
                p(ParagraphLevel.CLOSING, "二、三期工程也要早谋划。")));

        assertEquals(List.of(2), outline.headings().stream().map(Heading::paragraph).toList());
    }

    @Test
    void aListingPastedAboveTheHeadingsIsNotTheOutline() {
        Outline outline = analyzer.analyzeDraft(List.of(
                p(ParagraphLevel.BODY, "一、统一思想"),
                p(ParagraphLevel.BODY, "二、狠抓落实"),
                p(ParagraphLevel.SALUTATION, "同志们："),
                p(ParagraphLevel.HEADING_1, "一、统一思想"),
                p(ParagraphLevel.HEADING_1, "二、狠抓落实"),
                p(ParagraphLevel.BODY, "落实是最好的态度。"),
                p(ParagraphLevel.HEADING_1, "一、统一思想")));

        assertEquals(List.of(3, 4, 6), outline.headings().stream().map(Heading::paragraph).toList());
    }

    @Test
    void aDraftWithoutATitleParagraphFindsItsTitleInTheText() {
        assertEquals("在全县植树造林动员会上的讲话", analyzer.analyzeDraft(List.of(
                p(ParagraphLevel.BODY, "在全县植树造林动员会上的讲话"),
                p(ParagraphLevel.BODY, "同志们："))).title());
    }

    @Test
    void anEmptyDraftHasAnEmptyOutline() {
        Outline outline = analyzer.analyzeDraft(List.of(p(ParagraphLevel.BODY, "")));
        assertEquals(List.of(), outline.headings());
        assertNull(outline.title());
    }
}
