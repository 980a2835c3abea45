package org.speechdraft.core.speech;

/**
 * How a written number is said aloud in Chinese, the way a speaker reads "1,234,567" as
 * 一百二十三万四千五百六十七 and "12.5" as 十二点五: what the speaking-time estimate counts.
 */
public final class NumberReading {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] GROUP_UNITS = {"", "万", "亿", "万亿"};
    /** Beyond this, numbers are read digit by digit (account numbers, codes). */
    private static final int LONGEST_READ_AS_AMOUNT = 16;

    private NumberReading() {
    }

    /** "1234567" or "1,234,567" → "一百二十三万四千五百六十七"; "12.5" → "十二点五". */
    public static String amount(String written) {
        String number = written.replace(",", "").replace("，", "");
        int point = number.indexOf('.');
        String whole = point < 0 ? number : number.substring(0, point);
        String fraction = point < 0 ? "" : number.substring(point + 1);
        StringBuilder said = new StringBuilder(wholeNumber(whole));
        if (!fraction.isEmpty()) {
            said.append('点').append(digitByDigit(fraction));
        }
        return said.toString();
    }

    /** "2026" (a year) or "0571" (a code) → "二〇二六", "〇五七一". */
    public static String digitByDigit(String digits) {
        StringBuilder said = new StringBuilder();
        digits.chars().filter(Character::isDigit)
                .forEach(d -> said.append(d == '0' ? '〇' : DIGITS.charAt(d - '0')));
        return said.toString();
    }

    private static String wholeNumber(String digits) {
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        String trimmed = digits.substring(zeros);
        if (trimmed.isEmpty()) {
            return "";
        }
        if (trimmed.length() > LONGEST_READ_AS_AMOUNT || trimmed.length() != digits.length()) {
            return digitByDigit(digits);
        }
        StringBuilder said = new StringBuilder();
        int groups = (trimmed.length() + 3) / 4;
        boolean zeroPending = false;
        for (int g = groups - 1; g >= 0; g--) {
            int end = trimmed.length() - g * 4;
            int value = Integer.parseInt(trimmed.substring(Math.max(0, end - 4), end));
            if (value == 0) {
                zeroPending = said.length() > 0;
                continue;
            }
            if (said.length() > 0 && (zeroPending || value < 1000)) {
                said.append('零');
            }
            said.append(group(value)).append(GROUP_UNITS[g]);
            zeroPending = false;
        }
        // 10–19 at the start are said 十, 十五, not 一十五.
        if (said.length() >= 2 && said.charAt(0) == '一' && said.charAt(1) == '十') {
            said.deleteCharAt(0);
        }
        return said.length() == 0 ? "零" : said.toString();
    }

    /** 1..9999 → "四千五百六十七", "一千零五", "三百一十". */
    private static String group(int value) {
        String[] units = {"千", "百", "十", ""};
        StringBuilder said = new StringBuilder();
        boolean zero = false;
        for (int i = 0, divisor = 1000; i < 4; i++, divisor /= 10) {
            int d = value / divisor % 10;
            if (d == 0) {
                zero = said.length() > 0;
                continue;
            }
            if (zero) {
                said.append('零');
                zero = false;
            }
            said.append(DIGITS.charAt(d)).append(units[i]);
        }
        return said.toString();
    }
}
