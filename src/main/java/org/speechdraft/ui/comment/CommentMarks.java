package org.speechdraft.ui.comment;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * Shows the text of every open 批注 with a coloured background, as Word shades commented text. The
 * marks are extra selections drawn behind the text, so a comment marked 已解决 loses its shade at
 * once, without touching the text or its undo history.
 */
final class CommentMarks {

    static final String MARK_CLASS = "sd-comment-mark";

    private final SpeechArea area;
    private final List<Selection<ParagraphLevel, String, TextStyle>> marks = new ArrayList<>();

    CommentMarks(SpeechArea area) {
        this.area = area;
    }

    void show(List<CommentRow> rows) {
        marks.forEach(area::removeSelection);
        marks.clear();
        for (CommentRow row : rows) {
            if (row.comment().done()) {
                continue;
            }
            var range = row.range();
            var mark = new SelectionImpl<>("comment-" + marks.size(), area, path -> path.getStyleClass().add(MARK_CLASS));
            mark.selectRange(area.getAbsolutePosition(range.startParagraph(), range.startColumn()),
                    area.getAbsolutePosition(range.endParagraph(), range.endColumn()));
            marks.add(mark);
            area.addSelection(mark);
        }
    }
}
