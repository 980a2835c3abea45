package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a title too wide for one line is broken. 公文 titles of several lines stand as a
 * trapezoid: lines of nearly equal length, the longer ones first — never a lone character on the
 * last line, as Word's own wrapping leaves. No line starts with closing punctuation or ends with
 * opening punctuation (避头尾), and no number or Latin word is split.
 *
 * <p>Widths are counted in ems of the title's size: a Chinese or other full-width character is
 * one, an ASCII one half. Every line keeps a character of room: Word's and LibreOffice's metrics
 * differ by about that, and a line that just fits in one may wrap in the other.
 */
final class TitleLines {

    private static final String CLOSING = "，。、；：？！）］｝》」』】〕〉〗”’…—～·%‰,.;:?!)]}";
    private static final String OPENING = "（［｛《「『【〔〈〖“‘([{";
    private static final String INSIDE_NUMBERS = ".,:";
    /** What breaking upwards of the line lengths costs against their spread: the trapezoid narrows downwards. */
    private static final double WIDER_BELOW_PENALTY = 2;

    private final String text;
    private final double[] widthBefore;
    private final double limit;
    private final List<Integer> candidates = new ArrayList<>();

    private TitleLines(String text, double emsPerLine) {
        this.text = text;
        this.limit = emsPerLine - 1;
        widthBefore = new double[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            widthBefore[i + 1] = widthBefore[i] + width(text.charAt(i));
        }
        for (int p = 1; p < text.length(); p++) {
            if (mayBreakBefore(p)) {
                candidates.add(p);
            }
        }
    }

    /**
     * The offsets of {@code text} before which a line break goes: none when the title fits one
     * line with a character to spare, or when it cannot be broken by the rules (a long Latin word).
     *
     * @param lineWidthPt the width of the title's lines
     */
    static SortedSet<Integer> breaks(String text, double sizePt, double lineWidthPt) {
        TitleLines lines = new TitleLines(text, lineWidthPt / sizePt);
        double total = lines.widthBefore[text.length()];
        if (total <= lines.limit || lines.limit <= 0) {
            return new TreeSet<>();
        }
        for (int count = (int) Math.ceil(total / lines.limit); count <= lines.candidates.size() + 1; count++) {
            Best best = new Best();
            lines.search(0, count, new ArrayList<>(), best);
            if (best.breaks != null) {
                return new TreeSet<>(best.breaks);
            }
        }
        return new TreeSet<>();
    }

    /** The best breaks found so far and what they cost. */
    private static final class Best {
        private List<Integer> breaks;
        private double cost = Double.MAX_VALUE;
    }

    /** Tries every allowed break for the line starting at {@code start}, with {@code lines} lines left. */
    private void search(int start, int lines, List<Integer> chosen, Best best) {
        double rest = widthBefore[text.length()] - widthBefore[start];
        if (lines == 1) {
            if (rest <= limit) {
                double cost = cost(chosen);
                if (cost < best.cost) {
                    best.cost = cost;
                    best.breaks = List.copyOf(chosen);
                }
            }
            return;
        }
        for (int p : candidates) {
            double line = widthBefore[p] - widthBefore[start];
            if (p <= start || rest - line > (lines - 1) * limit) {
                continue;
            }
            if (line > limit) {
                return;
            }
            chosen.add(p);
            search(p, lines - 1, chosen, best);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** The spread of the line lengths, and more for each line longer than the one above it. */
    private double cost(List<Integer> breaks) {
        List<Double> lengths = new ArrayList<>();
        int start = 0;
        for (int p : breaks) {
            lengths.add(widthBefore[p] - widthBefore[start]);
            start = p;
        }
        lengths.add(widthBefore[text.length()] - widthBefore[start]);
        double longest = lengths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double shortest = lengths.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double widerBelow = 0;
        for (int i = 1; i < lengths.size(); i++) {
            widerBelow += Math.max(0, lengths.get(i) - lengths.get(i - 1));
        }
        return longest - shortest + WIDER_BELOW_PENALTY * widerBelow;
    }

    private boolean mayBreakBefore(int p) {
        char next = text.charAt(p);
        char previous = text.charAt(p - 1);
        return !Character.isLowSurrogate(next) && !Character.isWhitespace(next)
                && CLOSING.indexOf(next) < 0 && OPENING.indexOf(previous) < 0
                && !(inWord(p - 1) && inWord(p));
    }

    /** A letter or digit of a number or Latin word ("2026", "5G", "3.5"), which stays on one line. */
    private boolean inWord(int i) {
        char c = text.charAt(i);
        if (INSIDE_NUMBERS.indexOf(c) >= 0) {
            return i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
        }
        return isAsciiLetterOrDigit(c) || c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** In ems: half for ASCII and half-width forms, nothing for the second half of a surrogate pair, else one. */
    private static double width(char c) {
        if (Character.isLowSurrogate(c)) {
            return 0;
        }
        return c < 0x7F || c >= 0xFF61 && c <= 0xFFDC ? 0.5 : 1;
    }
}
