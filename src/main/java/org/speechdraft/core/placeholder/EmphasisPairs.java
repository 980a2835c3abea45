package org.speechdraft.core.placeholder;

/**
 * Stars around words, as in "要**高度重视**安全工作" (or "***…***"), are Markdown bold carried over
 * from a web page or a chat assistant, not two placeholders. A pair counts as bold when the words
 * inside hold no star and at most one sentence, and neither star run stands where a figure would:
 * before a unit ("**所学校"), as a name ("**同志", "**县"), or after a figure word ("新增**").
 * Placeholders inside bold ("**新建XX所学校**") are still found.
 */
final class EmphasisPairs {

    /** Bold in speeches marks a phrase or a sentence; a longer span is not one pair. */
    private static final int LONGEST_BOLD = 80;
    static final int NONE = -1;

    private EmphasisPairs() {
    }

    /** True for "**" or "***" alone (ASCII stars, no digits): the runs that open bold. */
    static boolean mayOpen(CharSequence text, FigureRun run) {
        if (run.length() < 2 || run.length() > 3) {
            return false;
        }
        for (int i = run.start(); i < run.end(); i++) {
            if (text.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    /** Where the run of stars that closes bold opened by {@code opening} starts, else -1. */
    static int closingStart(CharSequence text, FigureRun opening) {
        int close = closingAt(text, opening.end(), opening.length());
        if (close == NONE || close == opening.end()) {
            return NONE;
        }
        FigureRun closing = new FigureRun(close, close + opening.length(), false);
        if (FigureChars.isBlank(text.charAt(opening.end())) || FigureChars.isBlank(text.charAt(close - 1))
                || standsForFigure(text, opening) || standsForFigure(text, closing)) {
            return NONE;
        }
        return close;
    }

    /**
     * Where the next run of {@code stars} stars starts, if the words up to it hold no other star and
     * end no sentence before their last character (bold marks a phrase or one sentence); else -1.
     */
    private static int closingAt(CharSequence text, int from, int stars) {
        int limit = Math.min(text.length(), from + LONGEST_BOLD);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (FigureChars.isStar(c)) {
                int end = i;
                while (end < text.length() && text.charAt(end) == '*') {
                    end++;
                }
                return end - i == stars ? i : NONE;
            }
            if (FigureChars.isSentenceStop(c) && i + 1 < text.length() && text.charAt(i + 1) != '*') {
                return NONE;
            }
        }
        return NONE;
    }

    private static boolean standsForFigure(CharSequence text, FigureRun stars) {
        int after = FigureChars.skipGap(text, stars.end());
        return (after < text.length() && MeasureUnits.read(text, after) != null)
                || NameCues.hasNameCue(text, stars)
                || FigureVerbs.endsWithLabelWord(text, FigureChars.skipGapBackward(text, stars.start()));
    }
}
