package org.speechdraft.core.importing;

import java.util.Locale;
import org.speechdraft.core.outline.ChineseNumerals;

/**
 * A number as Word writes it in a list marker, by the level's w:numFmt: 一 十一 二十 (chineseCounting),
 * 1 (decimal), (1), ①, Ａ … Formats we do not know are written in Arabic digits, as Word falls back.
 */
final class ListNumberFormat {

    private static final String IDEOGRAPH_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final int CIRCLED_MAX = 20;
    private static final int LETTERS = 26;
    private static final int ROMAN_MAX = 3999;

    private ListNumberFormat() {
    }

    /** Whether the level writes no number of its own: a bullet, not a count. */
    static boolean isBullet(String format) {
        return "bullet".equals(format);
    }

    static String format(String format, int n) {
        return switch (format == null ? "decimal" : format) {
            case "none", "bullet" -> "";
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                    "japaneseCounting" -> chineseCounting(n);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> ideographDigits(n);
            case "ideographTraditional" -> cycle(HEAVENLY_STEMS, n);
            case "ideographZodiac" -> cycle(EARTHLY_BRANCHES, n);
            case "ideographEnclosedCircle" -> n >= 1 && n <= HEAVENLY_STEMS.length()
                    ? String.valueOf((char) ('㈠' + n - 1)) : decimal(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= CIRCLED_MAX
                    ? String.valueOf((char) ('①' + n - 1)) : decimal(n);
            case "decimalEnclosedParen" -> "(" + decimal(n) + ")";
            case "decimalEnclosedFullstop" -> decimal(n) + ".";
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : decimal(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(decimal(n));
            case "upperLetter" -> letters(n, 'A');
            case "lowerLetter" -> letters(n, 'a');
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            default -> decimal(n);
        };
    }

    private static String decimal(int n) {
        return Integer.toString(n);
    }

    /** 一 … 九十九 as the outline engine writes them; beyond, Word's words are rare enough to write in digits. */
    private static String chineseCounting(int n) {
        if (n == 0) {
            return "〇";
        }
        return n > 0 && n <= ChineseNumerals.MAX ? ChineseNumerals.of(n) : decimal(n);
    }

    /** 2024 → 二〇二四: digit by digit. */
    private static String ideographDigits(int n) {
        if (n < 0) {
            return decimal(n);
        }
        StringBuilder out = new StringBuilder();
        decimal(n).chars().forEach(c -> out.append(IDEOGRAPH_DIGITS.charAt(c - '0')));
        return out.toString();
    }

    private static String cycle(String symbols, int n) {
        return n >= 1 && n <= symbols.length() ? String.valueOf(symbols.charAt(n - 1)) : decimal(n);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        digits.chars().forEach(c -> out.append(c == '-' ? '－' : (char) ('０' + c - '0')));
        return out.toString();
    }

    /** A … Z, then AA … ZZ, AAA …: Word repeats the letter. */
    private static String letters(int n, char a) {
        if (n < 1) {
            return decimal(n);
        }
        return String.valueOf((char) (a + (n - 1) % LETTERS)).repeat((n - 1) / LETTERS + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > ROMAN_MAX) {
            return decimal(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
