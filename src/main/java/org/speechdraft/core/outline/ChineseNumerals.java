package org.speechdraft.core.outline;

/** Chinese numerals as outline markers write them: 一 … 十, 十一 … 九十九. */
public final class ChineseNumerals {

    /** The largest number a marker is written with. */
    public static final int MAX = 99;
    private static final String DIGITS = "一二三四五六七八九";
    /** A marker numeral never needs more than three characters (九十九). */
    private static final int MAX_LENGTH = 3;

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        // A switch, not DIGITS.indexOf: this runs for every character of the text.
        return switch (c) {
            case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十' -> true;
            default -> false;
        };
    }

    /** End of the run of numeral characters starting at {@code from} (== from when there is none). */
    static int runEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isNumeral(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The value of exactly {@code s[from, to)}, or -1 when it is not a well-formed numeral 1..99. */
    static int value(CharSequence s, int from, int to) {
        int length = to - from;
        if (length < 1 || length > MAX_LENGTH) {
            return -1;
        }
        int ten = -1;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '十') {
                if (ten >= 0) {
                    return -1;
                }
                ten = i - from;
            }
        }
        if (ten < 0) {
            return length == 1 ? digit(s.charAt(from)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(from)) : -1;
        int units = ten == length - 1 ? 0 : ten == length - 2 ? digit(s.charAt(to - 1)) : -1;
        return tens < 1 || units < 0 || (tens == 1 && ten == 1) ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        return DIGITS.indexOf(c) + 1;
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五. */
    public static String of(int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("outline numerals are 1..99: " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        String tens = n < 20 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
    }
}
