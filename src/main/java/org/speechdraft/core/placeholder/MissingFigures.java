package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * 疑似缺数: a figure word followed straight by a unit, with no number between — "达到 亿元",
 * "增长%", "召开了个会议", "新建所学校". Precision first: only the words of
 * {@link FigureVerbs#missingFigureWordAt} and only units that are not also common words
 * ({@link MeasureUnit#strong}), so "增长了一倍" and "达到国家标准" are not suspected.
 * The gap reported is what a value replaces: the spaces between word and unit, usually nothing.
 */
final class MissingFigures {

    private MissingFigures() {
    }

    static void scan(String text, int paragraph, List<Placeholder> found) {
        int i = 0;
        while (i < text.length()) {
            i = FigureVerbs.mayStartMissingFigureWord(text.charAt(i)) ? afterWord(text, i, paragraph, found) : i + 1;
        }
    }

    private static int afterWord(String text, int at, int paragraph, List<Placeholder> found) {
        String word = FigureVerbs.missingFigureWordAt(text, at);
        if (word == null) {
            return at + 1;
        }
        int gapStart = at + word.length();
        if (gapStart < text.length() && text.charAt(gapStart) == '了' && !word.endsWith("了")) {
            gapStart++;
        }
        int gapEnd = FigureChars.skipGap(text, gapStart);
        MeasureUnit unit = gapEnd < text.length() ? MeasureUnits.read(text, gapEnd) : null;
        if (unit == null || !unit.strong()
                || (FigureVerbs.takesOnlyPercent(word) && unit.kind() != PlaceholderKind.PERCENT)) {
            return gapStart;
        }
        found.add(new Placeholder(text.substring(gapStart, gapEnd), unit.kind(), FigureLabels.before(text, gapStart),
                unit.text(), paragraph, gapStart, gapEnd, ContextWindow.around(text, gapStart, gapEnd), false));
        return gapEnd + unit.text().length();
    }
}
