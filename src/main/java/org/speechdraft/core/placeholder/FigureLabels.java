package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * The label of a figure: the words just before it that say what it counts — "投入资金" in
 * "累计投入资金XX亿元", "新建" in "新建了**所学校". Read back over the Han characters of the clause,
 * from the last figure word (投入, 新建 …) that has words after it; failing that, the last few characters.
 */
final class FigureLabels {

    /** How far back the clause is read. */
    private static final int WINDOW = 16;
    /** A label that starts at a figure word may be this long ("完成治理城镇小区配套园"). */
    private static final int LONGEST = 12;
    /** Without a figure word, this many characters before the figure. */
    private static final int TAIL = 8;
    private static final String PERCENT_WORD = "百分之";
    /** The known half of a year written in Chinese numerals, "二〇XX年": part of the figure, not of the label. */
    private static final List<String> CHINESE_CENTURIES = List.of("二〇", "二零", "一九");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";
    /** Prepositions and conjunctions that start a clause but are not part of what is counted. */
    private static final String LEADING_LINKS = "对向把将和及与";
    /** A clause ending in "和" lists a second figure after a first ("XX个班子和XXX名干部"): the words belong to the first. */
    private static final String TRAILING_LINKS = "和及与或";

    private FigureLabels() {
    }

    /** The label of the figure that starts at {@code start}; "" if none. */
    static String before(CharSequence text, int start) {
        int end = FigureChars.skipGapBackward(text, start);
        int from = end;
        while (from > 0 && end - from < WINDOW && FigureChars.isHanAt(text, from - 1)) {
            from--;
        }
        from = afterPreviousUnit(text, from, end);
        String clause = text.subSequence(from, end).toString();
        if (clause.endsWith(PERCENT_WORD)) {
            clause = clause.substring(0, clause.length() - PERCENT_WORD.length());
        }
        if (followsChineseCentury(text, start)) {
            clause = clause.substring(0, clause.length() - 2);
        }
        if (clause.endsWith("了")) {
            clause = clause.substring(0, clause.length() - 1);
        }
        return withoutLeadingLinks(withoutSeriesMarker(fromFigureWord(clause)));
    }

    /**
     * Where the clause starting at {@code from} really starts: after the unit of a figure just
     * before it, so that "投入1100万元对全市53所" labels 53所 with "全市", not with "万元对全市".
     */
    private static int afterPreviousUnit(CharSequence text, int from, int end) {
        if (from == 0 || !FigureChars.isFigureChar(text.charAt(from - 1))) {
            return from;
        }
        MeasureUnit unit = MeasureUnits.read(text, from);
        return unit != null && from + unit.text().length() <= end ? from + unit.text().length() : from;
    }

    /** True if "百分之" stands just before {@code start}: "提高百分之XX". */
    static boolean followsPercentWord(CharSequence text, int start) {
        return endsWith(text, FigureChars.skipGapBackward(text, start), PERCENT_WORD);
    }

    /** True if a century in Chinese numerals stands just before {@code start}: "二〇XX年". */
    static boolean followsChineseCentury(CharSequence text, int start) {
        return CHINESE_CENTURIES.stream().anyMatch(century -> endsWith(text, start, century));
    }

    private static boolean endsWith(CharSequence text, int end, String word) {
        return WordList.matches(text, end - word.length(), word);
    }

    private static String fromFigureWord(String clause) {
        int last = -1;
        int before = -1;
        int coveredUntil = 0;
        for (int i = 0; i < clause.length(); i++) {
            String word = i >= coveredUntil ? FigureVerbs.labelWordAt(clause, i) : null;
            if (word != null) {
                before = last;
                last = i;
                coveredUntil = i + word.length();
            }
        }
        // A figure word right at the end says only what was done ("培训**人次"); the one before it
        // says with what ("参加各级各类培训").
        int start = last >= 0 && coveredUntil == clause.length() && before >= 0 ? before : last;
        if (start >= 0 && clause.length() - start <= LONGEST) {
            return clause.substring(start);
        }
        if (!clause.isEmpty() && TRAILING_LINKS.indexOf(clause.charAt(clause.length() - 1)) >= 0) {
            return "";
        }
        return clause.substring(Math.max(0, clause.length() - TAIL));
    }

    /** "二是投入资金" reads "投入资金"; the 一是 … 十是 / 一要 of a parallel series is not part of the label. */
    private static String withoutSeriesMarker(String label) {
        int i = 0;
        while (i < label.length() && CHINESE_DIGITS.indexOf(label.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0 && i < label.length() && (label.charAt(i) == '是' || label.charAt(i) == '要')) {
            return label.substring(i + 1);
        }
        return label;
    }

    private static String withoutLeadingLinks(String label) {
        return label.length() > 2 && LEADING_LINKS.indexOf(label.charAt(0)) >= 0 ? label.substring(1) : label;
    }
}
