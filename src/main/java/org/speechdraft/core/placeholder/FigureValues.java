package org.speechdraft.core.placeholder;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a typed figure is written into the text. */
public final class FigureValues {

    // A plain number as typed: digits, optionally a decimal part; nothing else around it.
    private static final Pattern PLAIN_NUMBER = Pattern.compile("([+-]?)(\\d+)(\\.\\d+)?");

    private FigureValues() {
    }

    /**
     * "1234567.5" → "1,234,567.5", as some offices write large sums; anything that is not a plain
     * number (already grouped, a range, words) is left as typed. Years and dates are never grouped.
     */
    public static String groupThousands(String value, PlaceholderKind kind) {
        Matcher m = PLAIN_NUMBER.matcher(value);
        if (kind == PlaceholderKind.YEAR || kind == PlaceholderKind.DATE || !m.matches()) {
            return value;
        }
        StringBuilder digits = new StringBuilder(m.group(2));
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            digits.insert(i, ',');
        }
        return m.group(1) + digits + (m.group(3) == null ? "" : m.group(3));
    }

    /**
     * A date written the way the placeholder is: "x月x日" → "11月29日", "20XX年X月X日" → "2026年11月29日",
     * "201X/X/XX" → "2026/11/29", "X月" → "11月".
     */
    public static String dateLike(String placeholder, LocalDate date) {
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if (placeholder.contains("/")) {
            return y + "/" + m + "/" + d;
        }
        boolean year = placeholder.contains("年");
        boolean day = placeholder.contains("日") || placeholder.contains("号");
        if (!placeholder.contains("月")) {
            return year ? y + "年" : y + "年" + m + "月" + d + "日";
        }
        return (year ? y + "年" : "") + m + "月" + (day ? d + "日" : "");
    }

    /** "12.5亿元" before "亿元" is "12.5"; a value that is only the unit is left as it is. */
    public static String withoutRepeatedUnit(String value, String unit) {
        String v = value.strip();
        int cut = v.length() - unit.length();
        if (unit.isEmpty() || cut <= 0 || !sameWidthFolded(v.substring(cut), unit)) {
            return v;
        }
        return v.substring(0, cut).strip();
    }

    private static boolean sameWidthFolded(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFKC).equals(Normalizer.normalize(b, Normalizer.Form.NFKC));
    }
}
