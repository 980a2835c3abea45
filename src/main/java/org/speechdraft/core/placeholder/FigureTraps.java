package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * Marks that are not placeholders: the x of a Latin word ("Excel", "Xi'an", "XML", pinyin "xué"),
 * model numbers ("X5", "iPhone X", "XR-200"), "1+X", multiplication ("3x4", "3 × 4"), file and
 * web names, comment stars ("/**"), stars before a number (Markdown "**2024年…" whose closing
 * pair is out of reach), and lines of stars drawn as dividers.
 */
final class FigureTraps {

    /** Symbols that join a Latin letter into code, paths and addresses: "a.x", "font_x", "#xx", "@x". */
    private static final String WORD_JOINERS = "._/\\@#:&=$^|<>'-";
    /** Words in which a single Latin X is a letter, not a digit: X光, X射线, X型 … */
    private static final WordList X_WORDS = new WordList(List.of("光", "射线", "线", "型", "轴", "染色体", "形", "因素"));

    private FigureTraps() {
    }

    static boolean isTrap(CharSequence text, FigureRun run) {
        int start = run.start();
        int end = run.end();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        boolean latinAfter = FigureChars.isLatinLetter(after) && !MeasureUnits.startsLatinUnit(text, end);
        if (FigureChars.isLatinLetter(before) || latinAfter || isPlus(before) || isPlus(after)) {
            return true;
        }
        if (run.date()) {
            return false;
        }
        if (FigureChars.isDigit(after)) {
            return true; // "X5", "3x4", "0x1F": a model number or a product, not a year such as "20XX"
        }
        if (hasLetterMark(text, run) && isInLatinText(text, start, end)) {
            return true;
        }
        if (run.isSymbolsOnly(text) && (isStarLine(text) || before == '/' || after == '/')) {
            return true;
        }
        return run.length() == 1 && !isLoneMarkPlaceholder(text, start);
    }

    private static boolean isPlus(char c) {
        return c == '+' || c == '＋';
    }

    private static boolean hasLetterMark(CharSequence text, FigureRun run) {
        for (int i = run.start(); i < run.end(); i++) {
            if (FigureChars.isLetterMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A Latin word across a space ("iPhone X", "X Window") or a joining symbol ("a.xx", "#xxx", "X-ray"). */
    private static boolean isInLatinText(CharSequence text, int start, int end) {
        int before = FigureChars.skipGapBackward(text, start);
        if (before < start && before > 0 && isInWord(text, before - 1)) {
            return true;
        }
        int after = FigureChars.skipGap(text, end);
        if (after > end && after < text.length() && isInWord(text, after) && !MeasureUnits.startsLatinUnit(text, after)) {
            return true;
        }
        if (start > 0 && (text.charAt(start - 1) == '#' || text.charAt(start - 1) == '@')) {
            return true; // a colour, a tag or an account: "#xxx", "@xx"
        }
        return (start >= 2 && joins(text, start - 1, start - 2)) || (end + 1 < text.length() && joins(text, end, end + 1));
    }

    /**
     * A joining symbol next to a word or a code ("a.xx", "v1.x", "Box-XX"), not next to a list
     * number or a time ("1.XXX", "10:XX"). Letters that are all X's there are another placeholder
     * ("XX-XX万元"), not a word.
     */
    private static boolean joins(CharSequence text, int symbol, int neighbour) {
        return WORD_JOINERS.indexOf(text.charAt(symbol)) >= 0 && isInWord(text, neighbour);
    }

    /** True if the Latin letters and digits around {@code at} make a word or a code, i.e. hold a letter other than X. */
    private static boolean isInWord(CharSequence text, int at) {
        if (!isWordChar(text.charAt(at))) {
            return false;
        }
        int from = at;
        while (from > 0 && isWordChar(text.charAt(from - 1))) {
            from--;
        }
        for (int i = from; i < text.length() && isWordChar(text.charAt(i)); i++) {
            char c = text.charAt(i);
            if (FigureChars.isLatinLetter(c) && !FigureChars.isLetterMark(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return FigureChars.isLatinLetter(c) || (c >= '0' && c <= '9');
    }

    /** A paragraph of nothing but stars (and spaces) is a divider line, not a figure. */
    private static boolean isStarLine(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!FigureChars.isMark(c) && !FigureChars.isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A single mark is a placeholder only where a figure clearly goes. A Latin X or x: between
     * Chinese words or before a unit ("新建X所", "《x教育》"), not in an X-word (X光). A single * or ×:
     * before a unit or a name suffix only ("×市"), since it also marks footnotes and multiplication.
     */
    private static boolean isLoneMarkPlaceholder(CharSequence text, int at) {
        int after = FigureChars.skipGap(text, at + 1);
        boolean beforeUnit = after < text.length() && MeasureUnits.read(text, after) != null;
        if (!FigureChars.isLetterMark(text.charAt(at))) {
            return beforeUnit || NameCues.isName(text, new FigureRun(at, at + 1, false));
        }
        if (!opensFigure(text, at)) {
            return false;
        }
        return beforeUnit || (after < text.length() && FigureChars.isHanAt(text, after) && X_WORDS.longestAt(text, after) == null);
    }

    /** What may stand before a single X: Chinese, Chinese punctuation, the start, or a range "1-X月". */
    private static boolean opensFigure(CharSequence text, int at) {
        int before = FigureChars.skipGapBackward(text, at);
        if (before == 0) {
            return true;
        }
        char c = text.charAt(before - 1);
        if (FigureChars.isHanAt(text, before - 1) || FigureChars.isChinesePunctuation(c) || "(,:;\"".indexOf(c) >= 0) {
            return true;
        }
        return (c == '-' || c == '~' || c == '～' || c == '－') && before >= 2 && FigureChars.isDigit(text.charAt(before - 2));
    }
}
