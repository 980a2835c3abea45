package org.speechdraft.core.outline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "下面，我讲三点意见" — the count of points a speech announces before its first section, which must
 * match its level-1 sections. Also 讲两点, 强调3点, 谈三个方面, 讲三个问题, in traditional script and with the
 * pinyin some sites insert ("強(qiáng)調(diào)三點(diǎn)").
 *
 * @param paragraph where it stands
 * @param start     char offset of the count in that paragraph
 * @param end       char offset just after the count
 * @param count     the announced number
 * @param written   the count as written ("三", "两", "3")
 */
record Announcement(int paragraph, int start, int end, int count, String written) {

    private static final String PINYIN = "(?:\\([a-zA-Z\\u00C0-\\u024F]{1,8}\\))?";
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?:讲|講|谈|談|说|說|提出?|(?:强|強)" + PINYIN + "(?:调|調))" + PINYIN
                    + "\\s*(?:了|以下|下面|这|這)?\\s*([一二两兩三四五六七八九十]{1,2}|[0-9]{1,2})" + PINYIN
                    + "\\s*(?:个|個)?" + PINYIN + "\\s*(?:点|點|方面|问题|問題)");

    /** The first announcement before {@code endParagraph}/{@code endOffset} (the first level-1 heading), or null. */
    static Announcement find(List<String> lines, boolean[] searchable, int endParagraph, int endOffset) {
        int last = Math.min(endParagraph, lines.size() - 1);
        for (int i = 0; i <= last; i++) {
            if (!searchable[i]) {
                continue;
            }
            String line = lines.get(i);
            Matcher m = ANNOUNCED.matcher(line).region(0, i == endParagraph ? Math.min(endOffset, line.length()) : line.length());
            if (m.find()) {
                String written = m.group(1);
                int count = MarkerParser.isAsciiDigit(written.charAt(0)) ? Integer.parseInt(written) : chineseCount(written);
                if (count > 0) {
                    return new Announcement(i, m.start(1), m.end(1), count, written);
                }
            }
        }
        return null;
    }

    private static int chineseCount(String written) {
        return written.equals("两") || written.equals("兩") ? 2 : ChineseNumerals.value(written, 0, written.length());
    }

    /** The count rewritten as {@code n}, in the way it was written: 3 → 4, 三 → 四, 三 → 两. */
    String rewritten(int n) {
        if (MarkerParser.isAsciiDigit(written.charAt(0))) {
            return Integer.toString(n);
        }
        if (n == 2) {
            return written.equals("兩") ? "兩" : "两";
        }
        return ChineseNumerals.of(n);
    }
}
