package org.speechdraft.core.outline;

/**
 * Where a heading's own words end. The rule, in order:
 * <ol>
 * <li>at the first 。！？； (a run-in heading: "（一）教育教学平稳有序。全局上下…"), or at a ： that
 *     text follows ("一、主要做法：今年以来…");</li>
 * <li>where the next heading on the same line begins (flattened web pages);</li>
 * <li>at the first blank when the heading itself was set off by blanks inside a line: pages that
 *     join their paragraphs with spaces ("…意见： 一、认清形势，增强责任感 1-11月，我市…");</li>
 * <li>at the end of the line when the line is short — a heading on its own line;</li>
 * <li>when none of these comes within {@value #MAX_HEADING} characters, the heading runs into a
 *     long paragraph with no visible end ("一、肯定成绩党的十九大以来，…"). It then ends where the
 *     body visibly begins — before a year ("工作回顾2023年，…") or a usual opening ("党的十…",
 *     "近年来", "今年以来" …) — or else after its first short comma-separated clauses, at most
 *     {@value #MAX_RUN_IN} characters.</li>
 * </ol>
 * Trailing blanks and a trailing comma or colon are not part of the text.
 */
final class HeadingText {

    /** Longer than any real heading sentence; seed headings with commas reach about 60. */
    static final int MAX_HEADING = 80;
    static final int MAX_RUN_IN = 40;
    /** A heading clause is short; the clause where the body runs in is long. */
    private static final int MAX_CLAUSE = 24;
    /** A cut never leaves less than this: the year of "2023年工作回顾" is part of the heading. */
    private static final int MIN_WORDS = 2;
    private static final String TRAILING_PUNCTUATION = "，,：:、";
    /** Openings of a report's body; phrases a heading may contain ("回顾过去一年") are not among them. */
    private static final String[] BODY_OPENINGS = {"党的十", "党的二十", "近年来", "今年以来", "去年以来", "多年来",
        "长期以来", "刚才，"};

    private HeadingText() {
    }

    /**
     * The end of the heading text that starts at {@code textStart}.
     *
     * @param limit          the next heading in the line, or the line's end
     * @param setOffByBlanks whether the heading's marker was preceded by blanks inside the line
     */
    static int end(String line, int textStart, int limit, boolean setOffByBlanks) {
        int boundary = limit;
        for (int i = textStart; i < limit; i++) {
            char c = line.charAt(i);
            if (Chars.isSentenceStop(c) || (c == '：' && Chars.trimEnd(line, i + 1, limit) > i + 1)
                    || (setOffByBlanks && Chars.isBlank(c) && i - textStart >= MIN_WORDS)) {
                boundary = i;
                break;
            }
        }
        int end = boundary - textStart <= MAX_HEADING ? boundary : runInEnd(line, textStart, boundary);
        return trim(line, textStart, end);
    }

    private static int runInEnd(String line, int textStart, int boundary) {
        int last = Math.min(boundary, textStart + MAX_HEADING);
        for (int i = textStart + MIN_WORDS; i < last; i++) {
            if (startsYear(line, i) || startsBodyOpening(line, i)) {
                return i;
            }
        }
        return afterShortClauses(line, textStart, last);
    }

    /** The end of the leading clauses that each look like part of a heading, at most {@value #MAX_RUN_IN} long. */
    private static int afterShortClauses(String line, int textStart, int last) {
        int end = -1;
        int clauseStart = textStart;
        for (int i = textStart; i < last && i - textStart <= MAX_RUN_IN; i++) {
            char c = line.charAt(i);
            if (c == '，' || c == ',') {
                if (i - clauseStart > MAX_CLAUSE) {
                    break;
                }
                end = i;
                clauseStart = i + 1;
            }
        }
        return end > textStart ? end : Math.min(last, textStart + MAX_RUN_IN);
    }

    /** "2023年", "20XX 年", "20**年": a year, as the body of a report usually begins. */
    private static boolean startsYear(String line, int i) {
        if (i + 5 > line.length() || (line.charAt(i) != '1' && line.charAt(i) != '2')) {
            return false;
        }
        for (int k = i + 1; k < i + 4; k++) {
            if (!isYearDigit(line.charAt(k))) {
                return false;
            }
        }
        int after = Chars.skipBlanks(line, i + 4);
        return after < line.length() && line.charAt(after) == '年';
    }

    private static boolean startsBodyOpening(String line, int i) {
        for (String opening : BODY_OPENINGS) {
            if (line.startsWith(opening, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYearDigit(char c) {
        return MarkerParser.isAsciiDigit(c) || c == 'X' || c == 'x' || c == '*' || c == '×';
    }

    private static int trim(String line, int from, int to) {
        int end = Chars.trimEnd(line, from, to);
        while (end > from && TRAILING_PUNCTUATION.indexOf(line.charAt(end - 1)) >= 0) {
            end = Chars.trimEnd(line, from, end - 1);
        }
        return end;
    }
}
