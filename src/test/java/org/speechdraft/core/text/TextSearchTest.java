package org.speechdraft.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void findsAllOccurrencesLeftToRightWithTheirPositions() {
        String text = "抓落实，抓好落实，真抓落实";
        assertEquals(List.of(new TextMatch(0, 3), new TextMatch(10, 13)),
                TextSearch.findAll(text, "抓落实", true));
    }

    @Test
    void occurrencesDoNotOverlap() {
        assertEquals(List.of(new TextMatch(0, 2)), TextSearch.findAll("XXX", "XX", true));
        assertEquals(List.of(new TextMatch(0, 2), new TextMatch(2, 4)), TextSearch.findAll("XXXX", "XX", true));
    }

    @Test
    void matchCaseDistinguishesUpperAndLowerCase() {
        assertEquals(List.of(new TextMatch(4, 7)), TextSearch.findAll("gdp和GDP", "GDP", true));
    }

    @Test
    void ignoringCaseFindsLatinLettersInEitherCase() {
        assertEquals(List.of(new TextMatch(0, 3), new TextMatch(4, 7)),
                TextSearch.findAll("gdp和GDP", "Gdp", false));
    }

    @Test
    void ignoringCaseStillSeparatesFullWidthFromHalfWidth() {
        assertEquals(List.of(new TextMatch(0, 3)), TextSearch.findAll("GDP与ＧＤＰ", "gdp", false));
        assertEquals(List.of(new TextMatch(4, 7)), TextSearch.findAll("GDP与ＧＤＰ", "ｇｄｐ", false));
        assertEquals(List.of(new TextMatch(5, 9)), TextSearch.findAll("2025、２０２５", "２０２５", false));
    }

    @Test
    void chineseIsFoundTheSameWayWhateverTheCaseSetting() {
        String text = "发展是第一要务，发展";
        assertEquals(TextSearch.findAll(text, "发展", true), TextSearch.findAll(text, "发展", false));
    }

    @Test
    void emptyQueryFindsNothing() {
        assertEquals(List.of(), TextSearch.findAll("任意文本", "", true));
        assertEquals(List.of(), TextSearch.findAll("任意文本", "", false));
    }

    @Test
    void queryLongerThanTextOrAbsentFindsNothing() {
        assertEquals(List.of(), TextSearch.findAll("短", "较长的查询", false));
        assertEquals(List.of(), TextSearch.findAll("稳中求进", "高质量", true));
    }

    @Test
    void aLongDraftWithManyHitsFindsEveryOne() {
        // Speed is measured by the benchmark, not here; this checks nothing is lost at scale.
        String draft = "要坚持以人民为中心的发展思想，Ab。".repeat(6_000); // about 108,000 chars
        assertEquals(6_000, TextSearch.findAll(draft, "ab", false).size());
        assertEquals(6_000, TextSearch.findAll(draft, "发展", true).size());
    }
}
