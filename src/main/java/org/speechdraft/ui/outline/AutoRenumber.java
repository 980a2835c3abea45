package org.speechdraft.ui.outline;

import org.speechdraft.core.outline.Outline;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * Keeps the numbering right after the user deletes, cuts or pastes whole sections with ordinary
 * editing: when such an edit turns a correctly numbered outline into a broken one, the numbers
 * are rewritten at once, as 修正编号 would (an undo step of its own, like Word's autocorrect).
 * Typing inside a line never triggers it, so a heading being typed is left alone.
 */
final class AutoRenumber {

    private final SpeechArea area;
    private final OutlineCommands commands;
    private boolean structuralEdit;

    AutoRenumber(SpeechArea area, OutlineModel model, OutlineCommands commands) {
        this.area = area;
        this.commands = commands;
        area.plainTextChanges().subscribe(ch -> structuralEdit |=
                ch.getRemoved().indexOf('\n') >= 0 || ch.getInserted().indexOf('\n') >= 0);
        model.outlineProperty().addListener((obs, before, after) -> onNewOutline(before, after));
    }

    private void onNewOutline(Outline before, Outline after) {
        boolean wasStructural = structuralEdit;
        structuralEdit = false;
        // A freshly opened draft has no undo history: its numbering is the author's, not ours to fix.
        if (wasStructural && area.isUndoAvailable() && before.problems().isEmpty() && !before.headings().isEmpty()
                && !after.problems().isEmpty() && after.headings().size() != before.headings().size()) {
            javafx.application.Platform.runLater(commands::renumber);
        }
    }
}
