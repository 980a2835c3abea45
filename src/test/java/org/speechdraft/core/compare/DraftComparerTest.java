package org.speechdraft.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.compare.Change.Kind;

class DraftComparerTest {

    private final DraftComparer comparer = new DraftComparer();

    private static final String OPENING = "同志们：";
    private static final String FIGURES = "今年以来，全市投入资金12亿元，新建学校3所，改造农村公路86公里。";
    private static final String HEADING = "一、提高站位，切实增强做好安全生产工作的责任感";
    private static final String BODY = "各级各部门要把安全生产摆在更加突出的位置，坚决守住不发生重大事故的底线。";
    private static final String CLOSING = "我就讲这些，谢谢大家！";

    @Test
    void equalVersionsHaveNoChanges() {
        Comparison c = comparer.compareTexts(List.of(OPENING, FIGURES), List.of(OPENING, FIGURES));

        assertTrue(c.isEmpty());
        assertEquals(List.of(new Comparison.Pair(0, 0), new Comparison.Pair(1, 1)), c.pairs());
    }

    @Test
    void aChangedFigureIsOneChangeOfTheWholeNumber() {
        String revised = FIGURES.replace("12亿元", "15亿元");

        List<Change> changes = comparer.compareTexts(List.of(OPENING, FIGURES), List.of(OPENING, revised)).changes();

        assertEquals(1, changes.size());
        Change c = changes.get(0);
        assertEquals(Kind.CHANGE, c.kind());
        assertFalse(c.wholeParagraph());
        assertEquals("12", c.left().text());
        assertEquals("15", c.right().text());
        assertEquals(1, c.right().paragraph());
        assertEquals(FIGURES.indexOf("12"), c.right().start());
    }

    @Test
    void digitsAndDecimalsAreOneTokenSoOnlyTheNumberChanges() {
        List<Change> changes = comparer.compareTexts(List.of("同比增长3.5%，达到1,234亿元。"),
                List.of("同比增长13.8%，达到1,284亿元。")).changes();

        assertEquals(List.of("3.5→13.8", "1,234→1,284"), changes.stream()
                .map(c -> c.left().text() + "→" + c.right().text()).toList());
    }

    @Test
    void aDeletedOrAddedSentenceIsTheWholeSentenceWithItsOwnStop() {
        List<Change> changes = comparer.compareTexts(List.of("新建学校8所。成绩来之不易。要再接再厉。"),
                List.of("新建学校8所。要再接再厉。同志们要继续努力。")).changes();

        assertEquals(List.of("成绩来之不易。→", "→同志们要继续努力。"), changes.stream()
                .map(c -> c.left().text() + "→" + c.right().text()).toList());
    }

    @Test
    void aRewordedPhraseIsOneChangeNotManySingleCharacters() {
        List<Change> changes = comparer.compareTexts(List.of("要加快推进项目建设，确保按期完工。"),
                List.of("要全力推动工程建设，确保按期完工。")).changes();

        assertEquals(1, changes.size());
        assertEquals("加快推进项目", changes.get(0).left().text());
        assertEquals("全力推动工程", changes.get(0).right().text());
    }

    @Test
    void changesInDifferentClausesStayApart() {
        List<Change> changes = comparer.compareTexts(List.of(FIGURES),
                List.of(FIGURES.replace("12亿元", "15亿元").replace("3所", "5所"))).changes();

        assertEquals(List.of("12→15", "3→5"), changes.stream()
                .map(c -> c.left().text() + "→" + c.right().text()).toList());
    }

    @Test
    void insertedAndDeletedWordsHaveTheirKind() {
        List<Change> changes = comparer.compareTexts(List.of("坚决守住底线。", "必须认真落实。"),
                List.of("坚决守住安全底线。", "必须落实。")).changes();

        assertEquals(2, changes.size());
        assertEquals(Kind.INSERT, changes.get(0).kind());
        assertEquals("安全", changes.get(0).right().text());
        assertEquals("", changes.get(0).left().text());
        assertEquals(Kind.DELETE, changes.get(1).kind());
        assertEquals("认真", changes.get(1).left().text());
    }

    @Test
    void anInsertedParagraphIsWholeAndTheOthersStayAligned() {
        String added = "二、压实责任，层层传导压力，确保各项措施落到实处";
        Comparison c = comparer.compareTexts(List.of(OPENING, HEADING, BODY, CLOSING),
                List.of(OPENING, HEADING, BODY, added, CLOSING));

        assertEquals(1, c.changes().size());
        Change insert = c.changes().get(0);
        assertEquals(Kind.INSERT, insert.kind());
        assertTrue(insert.wholeParagraph());
        assertEquals(3, insert.right().paragraph());
        assertEquals(added, insert.right().text());
        assertEquals(3, insert.left().paragraph(), "it would go before the left's closing");
        assertEquals(List.of(new Comparison.Pair(0, 0), new Comparison.Pair(1, 1), new Comparison.Pair(2, 2),
                new Comparison.Pair(3, 4)), c.pairs());
        assertEquals(4, c.rightParagraphFor(3));
        assertEquals(3, c.leftParagraphFor(4));
    }

    @Test
    void aDeletedParagraphIsWhole() {
        Comparison c = comparer.compareTexts(List.of(OPENING, FIGURES, BODY, CLOSING), List.of(OPENING, BODY, CLOSING));

        assertEquals(1, c.changes().size());
        Change delete = c.changes().get(0);
        assertEquals(Kind.DELETE, delete.kind());
        assertTrue(delete.wholeParagraph());
        assertEquals(1, delete.left().paragraph());
        assertEquals(FIGURES, delete.left().text());
        assertEquals(1, delete.right().paragraph(), "it would go before the right's body paragraph");
    }

    @Test
    void aMovedParagraphIsDeletedHereAndInsertedThereAndMarkedMoved() {
        Comparison c = comparer.compareTexts(List.of(OPENING, FIGURES, HEADING, BODY, CLOSING),
                List.of(OPENING, HEADING, BODY, FIGURES, CLOSING));

        List<Change> whole = c.changes().stream().filter(Change::wholeParagraph).toList();
        assertEquals(2, whole.size(), c.changes().toString());
        assertTrue(whole.stream().allMatch(Change::moved));
        assertTrue(whole.stream().allMatch(ch -> (ch.kind() == Kind.DELETE ? ch.left() : ch.right()).text().equals(FIGURES)));
        assertEquals(2, c.changes().size(), "the paragraphs around it are not changes");
    }

    @Test
    void anEditedParagraphIsComparedInsideAndNotReplacedWhole() {
        String edited = "各级各部门要始终把安全生产摆在突出位置，坚决守住不发生重特大事故的底线。";

        List<Change> changes = comparer.compareTexts(List.of(OPENING, BODY, CLOSING), List.of(OPENING, edited, CLOSING))
                .changes();

        assertFalse(changes.isEmpty());
        assertTrue(changes.stream().noneMatch(Change::wholeParagraph), changes.toString());
        assertTrue(changes.stream().allMatch(ch -> ch.left().paragraph() == 1 && ch.right().paragraph() == 1));
    }

    @Test
    void aRewrittenParagraphIsDeletedAndInsertedWhole() {
        String other = "会后，各单位要迅速传达会议精神，抓好贯彻落实。";

        List<Change> changes = comparer.compareTexts(List.of(OPENING, FIGURES, CLOSING), List.of(OPENING, other, CLOSING))
                .changes();

        assertEquals(List.of(Kind.DELETE, Kind.INSERT), changes.stream().map(Change::kind).toList());
        assertTrue(changes.stream().allMatch(Change::wholeParagraph));
    }

    @Test
    void aHeadingWithOneWordChangedIsStillTheSameHeading() {
        List<Change> changes = comparer.compareTexts(List.of("一、加强组织领导"), List.of("一、强化组织领导")).changes();

        assertEquals(1, changes.size());
        assertFalse(changes.get(0).wholeParagraph());
        assertEquals("加强", changes.get(0).left().text());
        assertEquals("强化", changes.get(0).right().text());
    }

    @Test
    void blankParagraphsAreNotChangesButIndicesAreTheRealOnes() {
        Comparison c = comparer.compareTexts(List.of(OPENING, "", FIGURES),
                List.of(OPENING, FIGURES.replace("3所", "4所"), "", ""));

        assertEquals(1, c.changes().size());
        assertEquals(2, c.changes().get(0).left().paragraph());
        assertEquals(1, c.changes().get(0).right().paragraph());
    }

    @Test
    void twoLongRevisedDraftsAreComparedCompletely() {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int edited = 0;
        int dropped = 0;
        for (int i = 0; left.stream().mapToInt(String::length).sum() < 30_000; i++) {
            String p = "第" + i + "项工作：" + BODY.repeat(1 + i % 3) + FIGURES;
            left.add(p);
            if (i % 17 == 5) {
                dropped++;
            } else if (i % 10 == 3) {
                right.add(p.replace("12亿元", (20 + i) + "亿元"));
                edited++;
            } else {
                right.add(p);
            }
        }

        Comparison c = comparer.compareTexts(left, right);

        assertEquals(edited, c.changes().stream().filter(ch -> !ch.wholeParagraph()).count());
        assertEquals(dropped, c.changes().stream().filter(Change::wholeParagraph).count());
    }
}
