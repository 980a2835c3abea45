package org.speechdraft.core.outline;

/**
 * Reads the marker that starts at a position of a line, as real speeches write them. Rejects the
 * look-alikes that a marker's own shape can rule out: 1.5亿元, 3、4月, 二、三、四中全会,
 * 一是一、二是二, 第一要务, 第一次.
 */
final class MarkerParser {

    /** 是/要/抓: the words of parallel points (一是 二要 三抓). */
    private static final String PARALLEL_WORDS = "是要抓";
    /** Parallel points and ordinals go up to 二十 in practice; more is a number, not a point. */
    private static final int MAX_SERIES_NUMBER = 20;
    private static final int MAX_ARABIC_DIGITS = 2;
    /** A dash-led point is a clause; a name after a quotation is shorter. */
    private static final int MIN_DASH_POINT = 8;

    private MarkerParser() {
    }

    /** The marker starting exactly at {@code pos}, or null. */
    static HeadingMarker parse(String line, int pos) {
        if (pos >= line.length()) {
            return null;
        }
        char c = line.charAt(pos);
        if (c == '（' || c == '(') {
            return parenthesised(line, pos);
        }
        if (isAsciiDigit(c)) {
            return arabic(line, pos);
        }
        if (c == '第') {
            return ordinal(line, pos);
        }
        if (isDash(c)) {
            return dash(line, pos);
        }
        return ChineseNumerals.isNumeral(c) ? chinese(line, pos) : null;
    }

    /** Could a marker start with this character? Cheap pre-check for scanning. */
    static boolean canStart(char c) {
        return c == '（' || c == '(' || isAsciiDigit(c) || c == '第' || isDash(c) || ChineseNumerals.isNumeral(c);
    }

    private static HeadingMarker parenthesised(String line, int pos) {
        int from = pos + 1;
        int end = ChineseNumerals.runEnd(line, from);
        boolean chinese = end > from;
        int number = chinese ? ChineseNumerals.value(line, from, end) : -1;
        if (!chinese) {
            end = digitRunEnd(line, from);
            number = arabicValue(line, from, end);
        }
        if (number < 1 || end >= line.length() || !isClosingParen(line.charAt(end))) {
            return null;
        }
        boolean fullWidth = line.charAt(pos) == '（';
        MarkerStyle style = chinese
                ? (fullWidth ? MarkerStyle.CHINESE_PAREN : MarkerStyle.CHINESE_PAREN_ASCII)
                : (fullWidth ? MarkerStyle.ARABIC_PAREN : MarkerStyle.ARABIC_PAREN_ASCII);
        return new HeadingMarker(style, number, line.substring(pos, end + 1), "");
    }

    private static HeadingMarker arabic(String line, int pos) {
        int end = digitRunEnd(line, pos);
        int number = arabicValue(line, pos, end);
        if (number < 1 || end >= line.length() || followedByDigit(line, end + 1)) {
            return null; // 1.5亿元, 3、4月
        }
        MarkerStyle style = switch (line.charAt(end)) {
            case '.' -> MarkerStyle.ARABIC_DOT;
            case '．' -> MarkerStyle.ARABIC_FULLWIDTH_DOT;
            case '、' -> MarkerStyle.ARABIC_COMMA;
            default -> null;
        };
        return style == null ? null : new HeadingMarker(style, number, line.substring(pos, end + 1), "");
    }

    private static HeadingMarker ordinal(String line, int pos) {
        int end = ChineseNumerals.runEnd(line, pos + 1);
        int number = ChineseNumerals.value(line, pos + 1, end);
        // 第一， is a point; 第一要务, 第一次, 第四中学 are not.
        if (number < 1 || number > MAX_SERIES_NUMBER || end >= line.length()
                || (line.charAt(end) != '，' && line.charAt(end) != ',')) {
            return null;
        }
        return new HeadingMarker(MarkerStyle.ORDINAL, number, line.substring(pos, end + 1), "");
    }

    private static HeadingMarker dash(String line, int pos) {
        if (pos + 1 >= line.length() || !isDash(line.charAt(pos + 1))) {
            return null;
        }
        // ——五年来，我们… leads a point; ——2—— is a page number, ——摘自《…》 or ——鲁迅 a quotation's source.
        int text = Chars.skipBlanks(line, pos + 2);
        if (line.length() - text < MIN_DASH_POINT || !(Character.isIdeographic(line.charAt(text)) || line.charAt(text) == '“')
                || line.startsWith("摘自", text) || line.startsWith("引自", text) || line.indexOf('《', text) >= 0) {
            return null;
        }
        return new HeadingMarker(MarkerStyle.DASH, 0, line.substring(pos, pos + 2), "");
    }

    private static HeadingMarker chinese(String line, int pos) {
        int end = ChineseNumerals.runEnd(line, pos);
        int number = ChineseNumerals.value(line, pos, end);
        if (number < 1 || end >= line.length()) {
            return null;
        }
        char next = line.charAt(end);
        if (next == '、') {
            // 二、三、四中全会 lists numbers, it does not number a heading.
            // 一、二季度 and 三、四月份 name a range of numbers: the next numeral follows on directly.
            int after = ChineseNumerals.runEnd(line, end + 1);
            if (after > end + 1 && after < line.length() && (line.charAt(after) == '、'
                    || ChineseNumerals.value(line, end + 1, after) == number + 1)) {
                return null;
            }
            return new HeadingMarker(MarkerStyle.CHINESE_COMMA, number, line.substring(pos, end + 1), "");
        }
        if (PARALLEL_WORDS.indexOf(next) < 0 || number > MAX_SERIES_NUMBER || isSayingItIs(line, pos, end)) {
            return null;
        }
        return new HeadingMarker(MarkerStyle.PARALLEL, number, line.substring(pos, end + 1), String.valueOf(next));
    }

    /** 一是一、二是二 ("call a spade a spade"): the numeral repeated right after the word. */
    private static boolean isSayingItIs(String line, int pos, int end) {
        int repeat = end + 1;
        int length = end - pos;
        if (!line.regionMatches(repeat, line, pos, length)) {
            return false;
        }
        int after = repeat + length;
        return after >= line.length() || !Character.isIdeographic(line.charAt(after));
    }

    private static int digitRunEnd(String line, int from) {
        int i = from;
        while (i < line.length() && isAsciiDigit(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int arabicValue(String line, int from, int to) {
        if (to == from || to - from > MAX_ARABIC_DIGITS) {
            return -1;
        }
        return Integer.parseInt(line, from, to, 10);
    }

    private static boolean followedByDigit(String line, int pos) {
        return pos < line.length() && (isAsciiDigit(line.charAt(pos)) || (line.charAt(pos) >= '０' && line.charAt(pos) <= '９'));
    }

    private static boolean isClosingParen(char c) {
        return c == '）' || c == ')';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDash(char c) {
        return c == '—' || c == '―';
    }
}
