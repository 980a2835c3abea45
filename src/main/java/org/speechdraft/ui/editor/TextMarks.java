package org.speechdraft.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.reactfx.util.Either;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/**
 * Coloured backgrounds behind stretches of the editor's text (figures to fill, commented text).
 * They are extra selections drawn behind the text, not styles of the text: they never reach the
 * saved draft or the undo history, and change at once when what they show changes.
 */
public final class TextMarks {

    /** Enough for any real speech; beyond that marks would only slow the editor down. */
    private static final int MAX_MARKS = 500;

    private final SpeechArea area;
    private final String name;
    private final String styleClass;
    private final List<Selection<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> marks = new ArrayList<>();

    /**
     * @param name       what the marks are, to name their selections
     * @param styleClass the CSS class of their background
     */
    public TextMarks(SpeechArea area, String name, String styleClass) {
        this.area = area;
        this.name = name;
        this.styleClass = styleClass;
    }

    /** Marks these stretches (absolute positions in the text) and no others. */
    public void show(List<IndexRange> stretches) {
        marks.forEach(area::removeSelection);
        marks.clear();
        for (IndexRange stretch : stretches) {
            if (marks.size() >= MAX_MARKS) {
                return;
            }
            var mark = new SelectionImpl<>(name + "-" + marks.size(), area, path -> path.getStyleClass().add(styleClass));
            mark.selectRange(stretch.getStart(), stretch.getEnd());
            marks.add(mark);
            area.addSelection(mark);
        }
    }
}
