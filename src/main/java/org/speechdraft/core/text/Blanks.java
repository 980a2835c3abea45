package org.speechdraft.core.text;

/** Whitespace in the wide sense of pasted and imported text: also NBSP, 全角空格 and the zero-width characters. */
public final class Blanks {

    private Blanks() {
    }

    public static boolean isBlank(char c) {
        // Fast answers for visible ASCII and for everything above 全角空格 (Han, punctuation) but the BOM.
        if ((c > ' ' && c < '\u007F') || (c > '\u3000' && c != '\uFEFF')) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    /** Index of the first non-blank character at or after {@code from}. */
    public static int skip(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just after the last non-blank character before {@code to}, not below {@code from}. */
    public static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isBlank(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    public static boolean isBlank(CharSequence s) {
        return skip(s, 0) == s.length();
    }
}
