package org.speechdraft.core.placeholder;

/**
 * Stretches of a paragraph that are not speech and are skipped whole: web addresses
 * ("http://…", "www.…", which contain x's and digits) and CSS rule blocks pasted from a web page
 * ("@page{size:A4;…}", "p{font-family:仿宋_GB2312}").
 */
final class SkippedSpans {

    private static final String[] URL_STARTS = {"http://", "https://", "ftp://", "www."};
    private static final String URL_ENDS = "\"'<>()[]{}";
    /** A CSS block longer than this is more likely a brace in prose that was never closed. */
    private static final int LONGEST_STYLE_BLOCK = 400;
    static final int NONE = -1;

    private SkippedSpans() {
    }

    /** Cheap test before {@link #urlEnd}: every web address starts with h, f or w. */
    static boolean mayStartUrl(char c) {
        return c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F';
    }

    /** The end of the web address that starts at {@code at}, or -1. It ends at a space, Chinese text or a bracket. */
    static int urlEnd(CharSequence text, int at) {
        if (at > 0 && (FigureChars.isLatinLetter(text.charAt(at - 1)) || FigureChars.isDigit(text.charAt(at - 1)))) {
            return NONE;
        }
        for (String start : URL_STARTS) {
            if (startsWithIgnoreCase(text, at, start)) {
                int i = at + start.length();
                while (i < text.length() && text.charAt(i) > ' ' && text.charAt(i) < 0x7F
                        && URL_ENDS.indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                return i;
            }
        }
        return NONE;
    }

    /**
     * The end of the CSS block whose "{" is at {@code at}, or -1: its content starts with a
     * property name and has a colon. A template field's "{{" is not one.
     */
    static int styleBlockEnd(CharSequence text, int at) {
        if (at + 1 >= text.length() || text.charAt(at + 1) == '{') {
            return NONE;
        }
        int limit = Math.min(text.length(), at + LONGEST_STYLE_BLOCK);
        int colon = NONE;
        for (int i = at + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '}') {
                return colon != NONE && startsWithPropertyName(text, at + 1) ? i + 1 : NONE;
            }
            if (c == ':' && colon == NONE) {
                colon = i;
            }
        }
        return NONE;
    }

    private static boolean startsWithPropertyName(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && FigureChars.isBlank(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase(text.charAt(at + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
