package org.speechdraft.core.outline;

import org.speechdraft.core.text.Blanks;

/** Character classes of Chinese running text that the outline rules need. */
final class Chars {

    /** Where a parallel point (一是 二是) may begin: after a stop, a comma, a colon or a closing quote. */
    private static final String SERIES_BOUNDARIES = "。！？；!?;，,、：:”’」』）)";

    private Chars() {
    }

    static boolean isSentenceStop(char c) {
        // A switch, not a string search: this runs for every character of the text.
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';' -> true;
            default -> false;
        };
    }

    static boolean isSeriesBoundary(char c) {
        return SERIES_BOUNDARIES.indexOf(c) >= 0 || isBlank(c);
    }

    /** Whitespace in the wide sense of pasted text: also NBSP, 全角空格 and zero-width characters. */
    static boolean isBlank(char c) {
        return Blanks.isBlank(c);
    }

    /** Index of the first non-blank character at or after {@code from}. */
    static int skipBlanks(CharSequence s, int from) {
        return Blanks.skip(s, from);
    }

    /** Index just after the last non-blank character before {@code to}, not below {@code from}. */
    static int trimEnd(CharSequence s, int from, int to) {
        return Blanks.trimEnd(s, from, to);
    }

    static boolean isBlank(CharSequence s) {
        return Blanks.isBlank(s);
    }
}
