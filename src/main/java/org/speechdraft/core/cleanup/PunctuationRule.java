package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speechdraft.core.model.RunEdits;

/**
 * 半角标点: half-width punctuation in Chinese text becomes full-width — , : ; ! ? next to Chinese
 * ("今天,我们" → "今天，我们", "同志们:" → "同志们：") and ( ) or " " around Chinese words
 * ("(一)" → "（一）", "\"放管服\"" → "“放管服”"). Latin text keeps its own: "Yes, we can", "10:30",
 * "http://", "(AI)", "\"Make it happen\"".
 */
final class PunctuationRule extends TextEditRule {

    private static final String HALF = ",:;!?";
    private static final String FULL = "，：；！？";

    @Override
    public String id() {
        return "punctuation";
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        return PunctuationRule::edits;
    }

    static List<RunEdits.Edit> edits(String text) {
        List<RunEdits.Edit> edits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int k = HALF.indexOf(text.charAt(i));
            if (k >= 0 && isInChinese(text, i)) {
                edits.add(new RunEdits.Edit(i, i + 1, String.valueOf(FULL.charAt(k))));
            }
        }
        brackets(text, edits);
        quotes(text, edits);
        edits.sort(Comparator.comparingInt(RunEdits.Edit::start));
        return edits;
    }

    /** Chinese on one side, and no Latin letter or figure pair around it (a URL, a time, an English clause). */
    private static boolean isInChinese(String text, int at) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
        boolean chineseBefore = CjkChars.isCjk(before) || before == '”' || before == '’';
        boolean chineseAfter = CjkChars.isCjk(after) || after == '“' || after == '‘';
        if (!chineseBefore && !chineseAfter) {
            return false;
        }
        return !isLatinLetter(before) && !isLatinLetter(after) && !(CjkChars.isDigit(before) && CjkChars.isDigit(after));
    }

    /** A letter of a Latin word; the X of a placeholder ("XX万元,") is a figure, not a letter. */
    private static boolean isLatinLetter(char c) {
        return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && c != 'X' && c != 'x';
    }

    /** "(…)" with a Chinese character inside, on one line and not nested. */
    private static void brackets(String text, List<RunEdits.Edit> edits) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open = i;
            } else if (c == ')' && open >= 0) {
                if (hasHan(text, open + 1, i)) {
                    edits.add(new RunEdits.Edit(open, open + 1, "（"));
                    edits.add(new RunEdits.Edit(i, i + 1, "）"));
                }
                open = -1;
            }
        }
    }

    /** Straight double quotes taken in pairs, when the line has an even number of them. */
    private static void quotes(String text, List<RunEdits.Edit> edits) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                at.add(i);
            }
        }
        if (at.isEmpty() || at.size() % 2 != 0) {
            return;
        }
        for (int k = 0; k < at.size(); k += 2) {
            int open = at.get(k);
            int close = at.get(k + 1);
            if (hasHan(text, open + 1, close)) {
                edits.add(new RunEdits.Edit(open, open + 1, "“"));
                edits.add(new RunEdits.Edit(close, close + 1, "”"));
            }
        }
    }

    private static boolean hasHan(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CjkChars.isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
