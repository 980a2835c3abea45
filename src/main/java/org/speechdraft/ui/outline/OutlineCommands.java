package org.speechdraft.ui.outline;

import java.util.List;
import java.util.function.BiFunction;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineEditor;
import org.speechdraft.core.outline.OutlineEditor.Placement;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * Outline edits on the editor: each computes the new text in the core (section moved, numbering
 * rewritten) and applies it as one change, so one Ctrl+Z undoes the move and its renumbering.
 */
public final class OutlineCommands {

    private final SpeechArea area;
    private final OutlineModel model;
    private final OutlineEditor editor = new OutlineEditor();

    public OutlineCommands(SpeechArea area, OutlineModel model) {
        this.area = area;
        this.model = model;
    }

    /** From now on, deleting or pasting whole sections rewrites the numbering (see {@link AutoRenumber}). */
    public void renumberAfterStructuralEdits() {
        new AutoRenumber(area, model, this);
    }

    public void moveUp() {
        atCaretHeading(editor::moveUp);
    }

    public void moveDown() {
        atCaretHeading(editor::moveDown);
    }

    public void promote() {
        atCaretHeading(editor::promote);
    }

    public void demote() {
        atCaretHeading(editor::demote);
    }

    /** 修正编号: rewrites every marker and series of the draft. */
    public void renumber() {
        List<DraftParagraph> doc = area.draftParagraphs();
        apply(editor.renumber(doc), area.getCurrentParagraph(), null);
    }

    /** Drag and drop in the outline pane: the heading at {@code paragraph} onto the one at {@code targetParagraph}. */
    public void moveSection(int paragraph, int targetParagraph, Placement placement) {
        Outline outline = model.analyzeNow();
        int from = indexOfHeadingAt(outline, paragraph);
        int to = indexOfHeadingAt(outline, targetParagraph);
        if (from < 0 || to < 0 || from == to) {
            return;
        }
        List<DraftParagraph> doc = area.draftParagraphs();
        Heading moved = outline.headings().get(from);
        apply(editor.moveSection(doc, from, to, placement), -1, moved);
    }

    private void atCaretHeading(BiFunction<List<DraftParagraph>, Integer, List<DraftParagraph>> edit) {
        Outline outline = model.analyzeNow();
        int index = OutlineModel.headingAt(outline, area.getCurrentParagraph());
        if (index < 0) {
            return;
        }
        List<DraftParagraph> doc = area.draftParagraphs();
        apply(edit.apply(doc, index), -1, outline.headings().get(index));
    }

    /** Applies the new text; the caret follows the moved heading (found again by its text). */
    private void apply(List<DraftParagraph> result, int caretParagraph, Heading followed) {
        int caret = caretParagraph;
        if (followed != null) {
            caret = paragraphOfHeading(model.analyze(result), followed);
        }
        area.replaceParagraphs(result, Math.max(caret, 0));
        model.analyzeNow();
    }

    private static int paragraphOfHeading(Outline outline, Heading heading) {
        for (Heading h : outline.headings()) {
            if (h.text().equals(heading.text())) {
                return h.paragraph();
            }
        }
        return heading.paragraph();
    }

    private static int indexOfHeadingAt(Outline outline, int paragraph) {
        List<Heading> headings = outline.headings();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).paragraph() == paragraph) {
                return i;
            }
        }
        return -1;
    }
}
