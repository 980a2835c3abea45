package org.speechdraft.core.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many syllables a text takes to say: each Han character one, numbers as they are read aloud
 * (2026年 = 二〇二六年, 1,234,567 = 一百二十三万四千五百六十七, 15% = 百分之十五), each Latin letter one,
 * punctuation and spaces none. A speaker's pace is counted in these (字/分钟).
 */
public final class SpokenLength {

    // A number as written in a speech: digits with optional thousands separators and decimals,
    // then perhaps a percent sign; what follows tells a year from an amount.
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final int PERCENT_SAID = "百分之".length();
    private static final int PER_MILLE_SAID = "千分之".length();

    private SpokenLength() {
    }

    public static int of(CharSequence text) {
        String s = text.toString();
        int syllables = 0;
        int last = 0;
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            syllables += others(s, last, m.start());
            syllables += number(s, m.start(), m.end());
            last = m.end();
        }
        return syllables + others(s, last, s.length());
    }

    private static int number(String s, int start, int end) {
        String written = s.substring(start, end);
        char next = end < s.length() ? s.charAt(end) : ' ';
        boolean year = next == '年' && written.length() == 4 && written.indexOf('.') < 0;
        int said = year ? written.length() : NumberReading.amount(written).length();
        if (next == '%' || next == '％') {
            said += PERCENT_SAID;
        } else if (next == '‰') {
            said += PER_MILLE_SAID;
        }
        return said;
    }

    /** Han characters and letters between the numbers. */
    private static int others(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (Character.isIdeographic(cp) || Character.isLetter(cp) || cp == '〇') {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }
}
