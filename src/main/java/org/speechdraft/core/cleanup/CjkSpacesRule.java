package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.text.Blanks;

/**
 * 汉字间的空格: spaces that PDF extraction and web pages leave between Chinese characters, between
 * Chinese and figures ("2019 年", "5401 人", "XX 个") and around Chinese punctuation. Spaces around
 * Latin words ("使用 Excel 表格") and between two figures stay, and so do the spaces of a short
 * line of names ("县长　张三", "张三 李四 王五").
 */
final class CjkSpacesRule extends TextEditRule {

    private static final int MAX_NAME_LINE = 20;
    /** Chinese names and titles (张三, 欧阳修, 县长) are two or three characters. */
    private static final int MAX_NAME = 3;

    @Override
    public String id() {
        return "cjk-spaces";
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        return CjkSpacesRule::edits;
    }

    private static List<RunEdits.Edit> edits(String text) {
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
            if (joins(text, i - 1, gapEnd) && !isListNumber(text, start, i)) {
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
