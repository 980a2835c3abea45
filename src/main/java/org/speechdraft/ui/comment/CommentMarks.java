package org.speechdraft.ui.comment;

import java.util.List;
import javafx.scene.control.IndexRange;
import org.speechdraft.ui.editor.SpeechArea;
import org.speechdraft.ui.editor.TextMarks;

/**
 * Shades the text of every open 批注, as Word shades commented text; a comment marked 已解决 loses
 * its shade at once, without touching the text or its undo history.
 */
final class CommentMarks {

    static final String MARK_CLASS = "sd-comment-mark";

    private final SpeechArea area;
    private final TextMarks marks;

    CommentMarks(SpeechArea area) {
        this.area = area;
        this.marks = new TextMarks(area, "comment", MARK_CLASS);
    }

    void show(List<CommentRow> rows) {
        marks.show(rows.stream().filter(row -> !row.comment().done()).map(row -> {
            var range = row.range();
            return new IndexRange(area.editorPosition(range.startParagraph(), range.startColumn()),
                    area.editorPosition(range.endParagraph(), range.endColumn()));
        }).toList());
    }
}
