package org.speechdraft.core.placeholder;

/**
 * The few words around a placeholder that let a person recognise it in a list: up to ten
 * characters on each side, within its sentence and paragraph — "累计投入资金XX亿元，新建".
 */
final class ContextWindow {

    private static final int REACH = 10;

    private ContextWindow() {
    }

    static String around(CharSequence text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < REACH && !FigureChars.isSentenceStop(text.charAt(from - 1))) {
            from--;
        }
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--; // never half a character outside the BMP
        }
        int to = end;
        while (to < text.length() && to - end < REACH && !FigureChars.isSentenceStop(text.charAt(to))) {
            to++;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        while (from < start && FigureChars.isBlank(text.charAt(from))) {
            from++;
        }
        while (to > end && FigureChars.isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.subSequence(from, to).toString();
    }
}
