package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.text.Blanks;

/**
 * 汉字间的空格: spaces that PDF extraction and web pages leave between Chinese characters, between
 * Chinese and figures ("2019 年", "5401 人", "XX 个") and around Chinese punctuation. Spaces around
 * Latin words ("使用 Excel 表格") and between two figures stay, and so do the spaces of a short
 * line of names ("县长　张三", "张三 李四 王五") and the 全角空格 that set apart the phrases of a title
 * ("凝心聚力　开拓创新").
 */
final class CjkSpacesRule extends TextEditRule {

    private static final int MAX_NAME_LINE = 20;
    /** Chinese names and titles (张三, 欧阳修, 县长) are two or three characters. */
    private static final int MAX_NAME = 3;
    /** A line this short without punctuation may be a title whose phrases stand apart. */
    private static final int MAX_TITLE = 40;
    private static final String PUNCTUATION = "。，；：！？、,.;:!?";

    @Override
    public String id() {
        return "cjk-spaces";
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        return text -> edits(text, looksLikeTitle(text));
    }

    @Override
    List<RunEdits.Edit> edits(Line line, LineEditor editor) {
        ParagraphLevel level = line.paragraph().level();
        boolean display = level == ParagraphLevel.TITLE || level == ParagraphLevel.SUBTITLE
                || level == ParagraphLevel.SIGNATURE;
        return display ? edits(line.text(), true) : editor.edits(line.text());
    }

    /**
     * @param phrasesApart a title-like line: a 全角空格 between two words of Chinese (two characters
     *                     or more each) is the writer's, and stays
     */
    private static List<RunEdits.Edit> edits(String text, boolean phrasesApart) {
        if (isNameLine(text)) {
            return List.of();
        }
        List<RunEdits.Edit> edits = new ArrayList<>();
        int start = Blanks.skip(text, 0);
        int end = Blanks.trimEnd(text, start, text.length());
        int i = start;
        while (i < end) {
            if (!Blanks.isBlank(text.charAt(i))) {
                i++;
                continue;
            }
            int gapEnd = Blanks.skip(text, i);
            if (joins(text, i - 1, gapEnd) && !isListNumber(text, start, i)
                    && !(phrasesApart && isPhraseGap(text, i, gapEnd))) {
                edits.add(new RunEdits.Edit(i, gapEnd, ""));
            }
            i = gapEnd;
        }
        return edits;
    }

    /** The chars at {@code before} and {@code after} belong together: one is Chinese, neither is a Latin word. */
    private static boolean joins(String text, int before, int after) {
        char a = text.charAt(before);
        char b = text.charAt(after);
        boolean aChinese = CjkChars.isCjk(a);
        boolean bChinese = CjkChars.isCjk(b);
        if (!aChinese && !bChinese) {
            return false;
        }
        return (aChinese || isFigureEnd(text, before)) && (bChinese || isFigureStart(text, after));
    }

    /** Only 全角空格 between two words of at least two Chinese characters each. */
    private static boolean isPhraseGap(String text, int gap, int gapEnd) {
        for (int k = gap; k < gapEnd; k++) {
            if (text.charAt(k) != '\u3000') {
                return false;
            }
        }
        return gap >= 2 && CjkChars.isHan(text.charAt(gap - 1)) && CjkChars.isHan(text.charAt(gap - 2))
                && gapEnd + 1 < text.length() && CjkChars.isHan(text.charAt(gapEnd)) && CjkChars.isHan(text.charAt(gapEnd + 1));
    }

    /** Short and without punctuation: a title or a heading line, not a sentence of body text. */
    private static boolean looksLikeTitle(String text) {
        String stripped = text.strip();
        if (stripped.length() > MAX_TITLE) {
            return false;
        }
        for (int k = 0; k < stripped.length(); k++) {
            if (PUNCTUATION.indexOf(stripped.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** "1 加强组织领导": a number of one or two digits that opens the line numbers a list; its space stays. */
    private static boolean isListNumber(String text, int lineStart, int gap) {
        return gap - lineStart <= 2 && text.substring(lineStart, gap).chars().allMatch(c -> CjkChars.isDigit((char) c));
    }

    /** A figure or placeholder ends at {@code at}: "2019", "12.5", "XX", "**", "90%" — not a code such as "5G". */
    private static boolean isFigureEnd(String text, int at) {
        char c = text.charAt(at);
        if (isFigureMark(c) || c == '%' || c == '％') {
            return true;
        }
        int from = at;
        while (from > 0 && isTokenChar(text.charAt(from - 1))) {
            from--;
        }
        return isFigureToken(text, from, at + 1);
    }

    private static boolean isFigureStart(String text, int at) {
        if (isFigureMark(text.charAt(at))) {
            return true;
        }
        int to = at;
        while (to < text.length() && isTokenChar(text.charAt(to))) {
            to++;
        }
        return isFigureToken(text, at, to);
    }

    private static boolean isFigureMark(char c) {
        return c == '*' || c == '＊' || c == '×';
    }

    private static boolean isTokenChar(char c) {
        return CjkChars.isAsciiLetterOrDigit(c) || CjkChars.isDigit(c) || c == '.';
    }

    /** Digits, a decimal point and the X of a placeholder only: "2019", "12.5", "XX", "20XX" — not "Excel" or "5G". */
    private static boolean isFigureToken(String text, int from, int to) {
        if (from >= to || text.charAt(to - 1) == '.') {
            return false; // "1. 加强领导": a list number, not a figure
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != 'X' && c != 'x' && c != '.' && !CjkChars.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** A line of names or a signature: words of two or three Chinese characters, or words set apart by 全角空格. */
    private static boolean isNameLine(String text) {
        String stripped = text.strip();
        if (stripped.length() > MAX_NAME_LINE) {
            return false;
        }
        if (stripped.indexOf('\u3000') > 0) {
            return true;
        }
        String[] words = stripped.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (word.length() < 2 || word.length() > MAX_NAME || !word.chars().allMatch(c -> CjkChars.isHan((char) c))) {
                return false;
            }
        }
        return true;
    }
}
