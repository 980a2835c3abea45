package org.speechdraft.ui.placeholder;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.IndexRange;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.ui.editor.SpeechArea;
import org.speechdraft.ui.editor.TextMarks;

/** Shows every placeholder in the text with a coloured background. */
final class PlaceholderMarks {

    static final String MARK_CLASS = "sd-placeholder-mark";

    private final SpeechArea area;
    private final TextMarks marks;

    PlaceholderMarks(SpeechArea area) {
        this.area = area;
        this.marks = new TextMarks(area, "placeholder", MARK_CLASS);
    }

    void show(List<PlaceholderRow> rows) {
        List<IndexRange> stretches = new ArrayList<>();
        for (PlaceholderRow row : rows) {
            if (row.suspected()) {
                continue;
            }
            for (Placeholder p : row.occurrences()) {
                // Rows may come from an analysis of an older text (the outline was analysed first after
                // an undo); what no longer fits is skipped, the fresh analysis follows.
                if (p.paragraph() >= area.getParagraphs().size() || p.end() > area.textLength(p.paragraph())) {
                    continue;
                }
                stretches.add(new IndexRange(area.editorPosition(p.paragraph(), p.start()),
                        area.editorPosition(p.paragraph(), p.end())));
            }
        }
        marks.show(stretches);
    }
}
