package org.speechdraft.ui.editor;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Keeps the caret and the selection's anchor off the position before a {@link FirstLineIndent},
 * so that they behave as if the indent were not there: a click on the indent, Home, a move up or
 * down, a selection from the paragraph's start end up where its text starts; Left and Backspace
 * there go to (and join with) the paragraph before, as they would from column 0.
 *
 * <p>Why at the start of each pulse, not when the caret moves: RichTextFX tells of the caret's and
 * the anchor's new positions one after the other when an edit is done, and while it tells of one
 * the other still reads as before the edit. Before the pulse's layout the caret is moved before it
 * is drawn; in the meantime a caret before an indent edits as if after it (see {@link IndentedEdit}).
 */
final class CaretAfterIndent {

    private final SpeechArea area;

    private CaretAfterIndent(SpeechArea area) {
        this.area = area;
    }

    static void install(SpeechArea area) {
        CaretAfterIndent keeper = new CaretAfterIndent(area);
        BeforeEachPulse.run(area, keeper::keepOffIndents);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keeper::onKeyPressed);
    }

    private void keepOffIndents() {
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        int fixedAnchor = afterIndent(anchor);
        int fixedCaret = afterIndent(caret);
        if (fixedAnchor != anchor || fixedCaret != caret) {
            area.selectRange(fixedAnchor, fixedCaret);
        }
    }

    /** The position, or the one after it where it is before an indent. */
    private int afterIndent(int position) {
        var at = area.offsetToPosition(position, Bias.Forward);
        return at.getMinor() == 0 && SpeechSegments.indentLength(area.getParagraph(at.getMajor())) == 1
                ? position + 1 : position;
    }

    private void onKeyPressed(KeyEvent e) {
        boolean left = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.KP_LEFT;
        boolean backspace = e.getCode() == KeyCode.BACK_SPACE;
        if ((!left && !backspace) || e.isAltDown() || !atTextStartOfIndentedParagraph()) {
            return;
        }
        if (backspace && area.getSelection().getLength() > 0) {
            return; // deletes the selection as usual
        }
        e.consume();
        int paragraph = area.getCurrentParagraph();
        if (paragraph == 0) {
            return;
        }
        int previousEnd = area.getAbsolutePosition(paragraph - 1, area.getParagraphLength(paragraph - 1));
        if (backspace) {
            if (area.isEditable()) {
                area.deleteText(previousEnd, area.getCaretPosition());
            }
        } else if (e.isShiftDown()) {
            area.selectRange(area.getAnchor(), previousEnd);
        } else {
            area.moveTo(previousEnd);
        }
    }

    private boolean atTextStartOfIndentedParagraph() {
        return area.getCaretColumn() == 1 && SpeechSegments.indentLength(area.getParagraph(area.getCurrentParagraph())) == 1;
    }
}
