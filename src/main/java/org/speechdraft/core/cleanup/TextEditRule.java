package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.text.Blanks;

/**
 * A rule that replaces stretches inside lines. The edits go through {@link RunEdits}, so bold and
 * highlighted runs of a Word document keep their style where their text stays.
 */
abstract class TextEditRule implements CleanupRule {

    /** The edits of one line: sorted, not overlapping, relative to the line's text. */
    interface LineEditor {
        List<RunEdits.Edit> edits(String text);
    }

    /** How this rule edits the lines of this text (most rules need only the line itself). */
    abstract LineEditor editorFor(List<String> texts);

    /** The edits of {@code line}; a rule that minds the line's level (a title) looks at it here. */
    List<RunEdits.Edit> edits(Line line, LineEditor editor) {
        return editor.edits(line.text());
    }

    /** True when a line left with nothing but blanks was all noise and goes. */
    boolean removesEmptiedLines() {
        return false;
    }

    @Override
    public final List<Line> apply(List<Line> lines, ChangeLog log) {
        LineEditor editor = editorFor(lines.stream().map(Line::text).toList());
        List<Line> result = new ArrayList<>(lines.size());
        for (Line line : lines) {
            List<RunEdits.Edit> edits = edits(line, editor);
            if (edits.isEmpty()) {
                result.add(line);
                continue;
            }
            DraftParagraph edited = RunEdits.apply(line.paragraph(), edits);
            if (removesEmptiedLines() && Blanks.isBlank(edited.text()) && !Blanks.isBlank(line.text())) {
                log.removed(line);
            } else {
                log.changed(line, edited.text(), edits);
                result.add(line.with(edited));
            }
        }
        return result;
    }
}
