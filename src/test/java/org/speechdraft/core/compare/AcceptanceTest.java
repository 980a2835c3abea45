package org.speechdraft.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

class AcceptanceTest {

    private static DraftParagraph body(String text) {
        return DraftParagraph.of(ParagraphLevel.BODY, text);
    }

    private static List<String> texts(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }

    private final List<DraftParagraph> leaders = List.of(
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            body("今年全市投入资金15亿元，新建学校5所。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、压实安全责任"),
            body("各级各部门要坚决守住安全底线。"),
            body("我就讲这些，谢谢大家！"));

    private final List<DraftParagraph> mine = List.of(
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("今年全市投入资金12亿元，"),
                    new StyledRun("新建学校3所", TextStyle.EMPTY.withBold(true)), StyledRun.plain("。"))),
            body("各级各部门要坚决守住底线。"),
            body("会后请大家抓好落实。"),
            body("我就讲这些，谢谢大家！"));

    @Test
    void acceptingTakesTheOtherVersionsTextForThatChangeOnly() {
        Review review = Review.of(leaders, mine);
        Change figure = review.openChanges().stream().filter(c -> c.left().text().equals("15")).findFirst().orElseThrow();

        List<DraftParagraph> after = review.accept(figure);

        assertEquals("今年全市投入资金15亿元，新建学校3所。", after.get(1).text());
        assertEquals(mine.get(3), after.get(3), "nothing else changes");
    }

    @Test
    void acceptingInsideAParagraphKeepsItsLevelAndStyles() {
        Review review = Review.of(leaders, mine);
        Change schools = review.openChanges().stream().filter(c -> c.left().text().equals("5")).findFirst().orElseThrow();

        DraftParagraph p = review.accept(schools).get(1);

        assertEquals(ParagraphLevel.BODY, p.level());
        assertEquals(new StyledRun("新建学校5所", TextStyle.EMPTY.withBold(true)), p.runs().get(1));
    }

    @Test
    void acceptingAParagraphOnlyTheOtherHasInsertsItWithItsLevel() {
        Review review = Review.of(leaders, mine);
        Change heading = review.openChanges().stream().filter(c -> c.wholeParagraph() && c.kind() == Change.Kind.DELETE)
                .findFirst().orElseThrow();

        List<DraftParagraph> after = review.accept(heading);

        assertEquals(DraftParagraph.of(ParagraphLevel.HEADING_1, "一、压实安全责任"), after.get(2));
        assertEquals(mine.size() + 1, after.size());
    }

    @Test
    void acceptingAParagraphOnlyTheCurrentDraftHasRemovesIt() {
        Review review = Review.of(leaders, mine);
        Change extra = review.openChanges().stream().filter(c -> c.wholeParagraph() && c.kind() == Change.Kind.INSERT)
                .findFirst().orElseThrow();

        List<DraftParagraph> after = review.accept(extra);

        assertEquals(List.of("同志们：", "今年全市投入资金12亿元，新建学校3所。", "各级各部门要坚决守住底线。", "我就讲这些，谢谢大家！"),
                texts(after));
    }

    @Test
    void acceptingEverythingGivesTheOtherVersionsText() {
        assertEquals(texts(leaders), texts(Review.of(leaders, mine).acceptAll()));
    }

    @Test
    void acceptingAMoveBothWaysRestoresTheOrder() {
        List<DraftParagraph> other = List.of(body("甲段的内容比较长一些。"), body("乙段的内容也不短。"), body("丙段的内容各不相同。"));
        List<DraftParagraph> current = List.of(body("乙段的内容也不短。"), body("丙段的内容各不相同。"), body("甲段的内容比较长一些。"));

        assertEquals(texts(other), texts(Review.of(other, current).acceptAll()));
    }

    @Test
    void rejectingLeavesTheDraftAndClosesTheChangeAlsoAfterAnotherIsAccepted() {
        Review review = Review.of(leaders, mine);
        Change figure = review.openChanges().stream().filter(c -> c.left().text().equals("15")).findFirst().orElseThrow();
        Change schools = review.openChanges().stream().filter(c -> c.left().text().equals("5")).findFirst().orElseThrow();
        int open = review.openChanges().size();

        Review rejected = review.reject(figure);
        assertEquals(mine, rejected.current());
        assertEquals(open - 1, rejected.openChanges().size());

        Review afterAccept = rejected.withCurrent(rejected.accept(schools));
        assertEquals(open - 2, afterAccept.openChanges().size());
        assertTrue(afterAccept.openChanges().stream().noneMatch(c -> c.left().text().equals("15")), "still rejected");
        assertEquals(open, afterAccept.comparison().changes().size() + 1, "the rejected change is still a difference");
    }

    @Test
    void rejectingAllLeavesNothingOpen() {
        Review review = Review.of(leaders, mine).rejectAll();

        assertTrue(review.openChanges().isEmpty());
        assertEquals(mine, review.current());
        assertEquals(mine, review.acceptAll());
    }

    @Test
    void acceptingTheOnlyParagraphsRemovalLeavesOneEmptyParagraph() {
        List<DraftParagraph> after = Review.of(List.of(), List.of(body("只有一段。"))).acceptAll();

        assertEquals(List.of(body("")), after);
    }
}
