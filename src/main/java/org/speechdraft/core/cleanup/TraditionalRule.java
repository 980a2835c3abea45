package org.speechdraft.core.cleanup;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.RunEdits;

/**
 * 繁体转简体 (off unless chosen): traditional characters become simplified ones by OpenCC's tables,
 * which know phrases (頭髮 → 头发, 後來 → 后来). Off by default because a quotation may be meant
 * in traditional script; the first use loads the tables (about half a second).
 */
final class TraditionalRule extends TextEditRule {

    @Override
    public String id() {
        return "traditional";
    }

    @Override
    public boolean onByDefault() {
        return false;
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        return TraditionalRule::edits;
    }

    private static List<RunEdits.Edit> edits(String text) {
        String simplified = ZhConverterUtil.toSimple(text);
        if (simplified.equals(text)) {
            return List.of();
        }
        if (simplified.length() != text.length()) {
            return List.of(new RunEdits.Edit(0, text.length(), simplified));
        }
        // Character for character: one edit per changed stretch, so styles and the preview stay precise.
        List<RunEdits.Edit> edits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == simplified.charAt(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != simplified.charAt(i)) {
                i++;
            }
            edits.add(new RunEdits.Edit(start, i, simplified.substring(start, i)));
        }
        return edits;
    }
}
