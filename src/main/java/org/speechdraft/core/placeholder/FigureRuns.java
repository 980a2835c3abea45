package org.speechdraft.core.placeholder;

/**
 * Reads the maximal figure that starts at a digit or mark: one run of digits and marks ("20XX",
 * "XXX"), a decimal ("X.X"), a date with separators ("201X/X/XX", "20XX-XX-XX") or a date in words
 * ("x月x日", "20XX年X月X日"). A range such as "20**-2022" stays two figures.
 */
final class FigureRuns {

    private static final int NO_DATE = -1;

    private FigureRuns() {
    }

    static FigureRun read(CharSequence text, int from) {
        int end = partEnd(text, from);
        if (end + 1 < text.length() && isSeparator(text.charAt(end)) && FigureChars.isFigureChar(text.charAt(end + 1))) {
            char separator = text.charAt(end);
            int second = partEnd(text, end + 1);
            // With dots, only a year may start a date ("20XX.X.X"): "1.XX.X" is a list number and a decimal.
            boolean dateMayStart = !isDot(separator) || end - from == 4;
            if (dateMayStart && second + 1 < text.length() && text.charAt(second) == separator
                    && FigureChars.isFigureChar(text.charAt(second + 1))) {
                return new FigureRun(from, partEnd(text, second + 1), true);
            }
            // A decimal has a digit or two after the point ("X.X", "2.XX"); "1.XXX" is a list number and a name.
            if (isDot(separator) && (second - end - 1 <= 2 || !isDigitsOnly(text, from, end))) {
                return new FigureRun(from, second, false);
            }
        }
        int dateEnd = wordDateEnd(text, end);
        return dateEnd == NO_DATE ? new FigureRun(from, end, false) : new FigureRun(from, dateEnd, true);
    }

    /**
     * One part: digits, then marks ("20XX", "201X", "XX"). Marks followed by digits ("X5", "3x4",
     * "**2024") are left for {@link FigureTraps} to see as a model number, a product or bold text.
     */
    private static int partEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && FigureChars.isDigit(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && FigureChars.isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigitsOnly(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!FigureChars.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDot(char c) {
        return c == '.' || c == '．';
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '-' || c == '.' || c == '／' || c == '－' || c == '．';
    }

    /**
     * The end of a date in words whose first figure ends at {@code firstEnd} — at least two of
     * 年, 月, 日 in that order, each after a figure ("x月x日", "20XX年X月") — or {@link #NO_DATE}.
     */
    private static int wordDateEnd(CharSequence text, int firstEnd) {
        int figureEnd = firstEnd;
        int lastOrder = -1;
        int parts = 0;
        int dateEnd = NO_DATE;
        while (true) {
            int at = FigureChars.skipGap(text, figureEnd);
            int order = at < text.length() ? dateOrder(text.charAt(at)) : -1;
            if (order < 0 || (lastOrder >= 0 && order != lastOrder + 1)) {
                return dateEnd;
            }
            lastOrder = order;
            if (++parts >= 2) {
                dateEnd = at + 1;
            }
            int next = FigureChars.skipGap(text, at + 1);
            if (order == 2 || next >= text.length() || !FigureChars.isFigureChar(text.charAt(next))) {
                return dateEnd;
            }
            figureEnd = partEnd(text, next);
        }
    }

    private static int dateOrder(char c) {
        return switch (c) {
            case '年' -> 0;
            case '月' -> 1;
            case '日', '号' -> 2;
            default -> -1;
        };
    }
}
