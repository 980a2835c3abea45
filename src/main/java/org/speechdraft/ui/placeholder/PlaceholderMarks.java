package org.speechdraft.ui.placeholder;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * Shows every placeholder in the text with a coloured background. The marks are extra
 * selections drawn behind the text, not styles of the text: they never reach the saved draft or
 * the undo history.
 */
final class PlaceholderMarks {

    /** Enough for any real speech; beyond that marks would only slow the editor down. */
    private static final int MAX_MARKS = 500;
    static final String MARK_CLASS = "sd-placeholder-mark";

    private final SpeechArea area;
    private final List<Selection<ParagraphLevel, String, TextStyle>> marks = new ArrayList<>();

    PlaceholderMarks(SpeechArea area) {
        this.area = area;
    }

    void show(List<PlaceholderRow> rows) {
        marks.forEach(area::removeSelection);
        marks.clear();
        for (PlaceholderRow row : rows) {
            if (row.suspected()) {
                continue;
            }
            for (Placeholder p : row.occurrences()) {
                if (marks.size() >= MAX_MARKS) {
                    return;
                }
                // Rows may come from an analysis of an older text (the outline was analysed first after
                // an undo); what no longer fits is skipped, the fresh analysis follows.
                if (p.paragraph() >= area.getParagraphs().size() || p.end() > area.getParagraphLength(p.paragraph())) {
                    continue;
                }
                int start = area.getAbsolutePosition(p.paragraph(), p.start());
                int end = area.getAbsolutePosition(p.paragraph(), p.end());
                var mark = new SelectionImpl<>("placeholder-" + marks.size(), area,
                        path -> path.getStyleClass().add(MARK_CLASS));
                mark.selectRange(start, end);
                marks.add(mark);
                area.addSelection(mark);
            }
        }
    }
}
