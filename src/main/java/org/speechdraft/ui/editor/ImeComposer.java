package org.speechdraft.ui.editor;

import javafx.geometry.Point2D;
import javafx.scene.control.IndexRange;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodRequests;
import javafx.scene.input.InputMethodTextRun;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.reactfx.Guard;
import org.reactfx.SuspendableYes;
import org.reactfx.util.Either;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/**
 * Pinyin (and other) input methods: the text being composed is shown in place, marked, and kept
 * out of the undo history; only the committed text becomes an undoable edit. Installed on every
 * platform (RichTextFX only installs its own handler where the platform reports IME support, and
 * records every composing step as an edit).
 */
final class ImeComposer {

    static final String COMPOSITION_CLASS = "sd-ime-composition";

    private final SpeechArea area;
    private final SuspendableYes composing;
    private final Selection<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> mark;
    private int start;
    private int length;

    ImeComposer(SpeechArea area, SuspendableYes composing) {
        this.area = area;
        this.composing = composing;
        this.mark = new SelectionImpl<>("ime-composition", area,
                path -> path.getStyleClass().add(COMPOSITION_CLASS));
    }

    void install() {
        area.setOnInputMethodTextChanged(this::handle);
        area.setInputMethodRequests(new Requests());
        area.addSelection(mark);
    }

    private void handle(InputMethodEvent event) {
        if (!area.isEditable() || area.isDisabled()) {
            return;
        }
        if (length > 0) {
            withoutUndo(() -> area.deleteText(start, start + length));
            area.moveTo(start);
            length = 0;
        }
        if (!event.getCommitted().isEmpty()) {
            // Each committed phrase is its own undo step, as a typed word would be.
            area.getUndoManager().preventMerge();
            area.replaceSelection(event.getCommitted());
        }
        String composed = composedText(event);
        if (!composed.isEmpty()) {
            IndexRange sel = area.getSelection();
            start = sel.getStart();
            withoutUndo(() -> area.replaceText(sel, composed));
            length = composed.length();
            int caret = event.getCaretPosition();
            area.moveTo(start + (caret >= 0 && caret <= length ? caret : length));
            mark.selectRange(start, start + length);
        } else {
            mark.selectRange(0, 0);
        }
        event.consume();
    }

    /** True while an input method has uncommitted text in the area. */
    boolean isComposing() {
        return length > 0;
    }

    private void withoutUndo(Runnable edit) {
        try (Guard ignored = composing.suspend()) {
            edit.run();
        }
    }

    private static String composedText(InputMethodEvent event) {
        StringBuilder sb = new StringBuilder();
        for (InputMethodTextRun run : event.getComposed()) {
            sb.append(run.getText());
        }
        return sb.toString();
    }

    /** Tells the input method where to put its candidate window: under the caret. */
    private final class Requests implements InputMethodRequests {
        @Override
        public Point2D getTextLocation(int offset) {
            return area.getCaretBounds()
                    .map(b -> new Point2D(b.getMinX(), b.getMaxY()))
                    .orElseGet(() -> {
                        var b = area.localToScreen(area.getBoundsInLocal());
                        return b == null ? new Point2D(0, 0) : new Point2D(b.getMinX(), b.getMinY());
                    });
        }

        @Override
        public int getLocationOffset(int x, int y) {
            return 0;
        }

        @Override
        public void cancelLatestCommittedText() {
            // Nothing to cancel: committed text is already an ordinary, undoable edit.
        }

        @Override
        public String getSelectedText() {
            return area.getSelectedText();
        }
    }
}
