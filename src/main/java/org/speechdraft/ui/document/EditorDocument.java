package org.speechdraft.ui.document;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.speechdraft.core.model.DraftParagraph;

/** The text of the open draft as the session sees it: the editor, without its widgets. */
public interface EditorDocument {

    List<DraftParagraph> paragraphs();

    /** Replaces everything and forgets the undo history; the new content counts as saved. */
    void load(List<DraftParagraph> paragraphs);

    /** Replaces everything as one undoable edit (used to restore recovered text). */
    void replaceAllUndoable(List<DraftParagraph> paragraphs);

    /** Marks the current undo position as the saved state. */
    void markSaved();

    /** True while the text equals the last saved (or loaded) text. */
    ObservableBooleanValue atSavedMark();

    /** Counts edits, so autosave can tell whether anything changed since it last ran. */
    long editCount();
}
