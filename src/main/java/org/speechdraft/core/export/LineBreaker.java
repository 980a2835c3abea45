package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Breaks a paragraph's text into lines as Word and LibreOffice break Chinese text: a line takes
 * characters while they fit; a comma or full stop that does not fit hangs into the margin (标点悬挂)
 * instead of starting the next line; no line starts with closing punctuation nor ends with opening
 * punctuation (避头尾), the character before moves down instead; Latin words and numbers stay whole,
 * and spaces at a line's end take no room.
 */
final class LineBreaker {

    /** May hang beyond the margin at a line's end: the full-width stops and commas (not a number's point). */
    private static final String HANGING = "、。，．；：？！";
    /** Never first on a line. */
    private static final String NOT_AT_START = HANGING + "）］｝》」』】〕〗〉’”…—～·%‰,.!?;:)]}>";
    /** Never last on a line. */
    private static final String NOT_AT_END = "（［｛《「『【〔〖〈‘“([{<";
    private static final double FIT = -0.35;

    /** The widths a paragraph's lines have: the first may be shorter (its indent), the others alike. */
    record Widths(double firstPt, double otherPt) {
    }

    private final String text;
    private final double[] advance;
    private final double[] spaceBefore;

    private LineBreaker(String text, GlyphAdvance.Advances advances) {
        this.text = text;
        this.advance = advances.advance();
        this.spaceBefore = advances.spaceBefore();
    }

    /**
     * The offsets where lines start (the first is always 0; an empty text has one line).
     *
     * @param advances the advance of each character, in points
     * @param forced   offsets before which a line break stands in the text (a title's)
     */
    static List<Integer> lineStarts(String text, GlyphAdvance.Advances advances, Widths widths,
                                    SortedSet<Integer> forced) {
        return new LineBreaker(text, advances).lines(widths, forced);
    }

    private List<Integer> lines(Widths widths, SortedSet<Integer> forced) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int start = 0;
        double x = 0;
        double room = widths.firstPt();
        int i = 0;
        while (i < text.length()) {
            if (i > start && forced.contains(i)) {
                starts.add(i);
                start = i;
                x = -spaceBefore[i];
                room = widths.otherPt();
                continue;
            }
            char c = text.charAt(i);
            if (x + advance[i] <= room + FIT || i == start || c == ' ') {
                x += advance[i];
                i++;
                continue;
            }
            int next = hangs(i) ? i + 1 : breakBefore(start, i);
            if (next >= text.length()) {
                break; // the paragraph's last character hangs: no line after it
            }
            starts.add(next);
            start = next;
            x = next < text.length() ? -spaceBefore[next] : 0; // the space between scripts stays behind
            for (int k = next; k < i; k++) {
                x += advance[k]; // what moved down with the break
            }
            room = widths.otherPt();
            i = Math.max(i, next);
        }
        return starts;
    }

    /**
     * A stop or comma that does not fit hangs into the margin — after Chinese text; after a Latin
     * word or a figure ("59%，") LibreOffice does not hang it, and the figure goes down with it.
     */
    private boolean hangs(int i) {
        return HANGING.indexOf(text.charAt(i)) >= 0 && i > 0 && text.charAt(i - 1) >= 0x80;
    }

    /** Where a line that cannot take character {@code i} breaks: before it, or earlier if the rules forbid that. */
    private int breakBefore(int start, int i) {
        for (int b = i; b > start; b--) {
            if (mayBreakBefore(b)) {
                return b;
            }
        }
        return i; // nowhere allowed (a very long word): break where the line is full
    }

    private boolean mayBreakBefore(int b) {
        char next = text.charAt(b);
        char previous = text.charAt(b - 1);
        if (previous == ' ') {
            return true;
        }
        return next != ' ' && !Character.isLowSurrogate(next) && NOT_AT_START.indexOf(next) < 0
                && NOT_AT_END.indexOf(previous) < 0 && !(inWord(b - 1) && inWord(b));
    }

    /** A letter or digit of a Latin word or a number ("2026", "5G", "3.5"), which stays on one line. */
    private boolean inWord(int i) {
        char c = text.charAt(i);
        if (c == '.' || c == ',') {
            return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
        }
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
