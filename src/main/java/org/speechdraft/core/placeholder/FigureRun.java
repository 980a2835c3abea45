package org.speechdraft.core.placeholder;

/**
 * A figure as written, placeholder or not: chars {@code start} to {@code end} of a paragraph —
 * "XX", "20XX", "2.X", or a date such as "201X/X/XX" or "x月x日" ({@code date}).
 */
record FigureRun(int start, int end, boolean date) {

    int length() {
        return end - start;
    }

    /** True if any digit of it is a placeholder mark (X, *, ×): only such runs are placeholders. */
    boolean hasMark(CharSequence text) {
        for (int i = start; i < end; i++) {
            if (FigureChars.isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean hasDigit(CharSequence text) {
        for (int i = start; i < end; i++) {
            if (FigureChars.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True if it consists of stars and × only, as placeholders for names are written (***). */
    boolean isSymbolsOnly(CharSequence text) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!FigureChars.isStar(c) && c != '×') {
                return false;
            }
        }
        return true;
    }
}
