package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.text.Blanks;

/**
 * 特殊空白: indents and trailing blanks of any kind (全角空格 and NBSP indents of Word and web
 * pages), invisible zero-width characters and soft hyphens, control characters; NBSP and tabs
 * inside a line become ordinary spaces. The spaces between words are the business of {@link CjkSpacesRule}.
 */
final class WhitespaceRule extends TextEditRule {

    @Override
    public String id() {
        return "whitespace";
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        return WhitespaceRule::edits;
    }

    private static List<RunEdits.Edit> edits(String text) {
        List<RunEdits.Edit> edits = new ArrayList<>();
        int start = Blanks.skip(text, 0);
        int end = Blanks.trimEnd(text, start, text.length());
        if (start > 0) {
            edits.add(new RunEdits.Edit(0, start, ""));
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                edits.add(new RunEdits.Edit(i, i + 1, ""));
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t') {
                edits.add(new RunEdits.Edit(i, i + 1, " "));
            }
        }
        if (end < text.length()) {
            edits.add(new RunEdits.Edit(Math.max(end, start), text.length(), ""));
        }
        return edits;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (Character.getType(c) == Character.CONTROL && c != '\t');
    }
}
