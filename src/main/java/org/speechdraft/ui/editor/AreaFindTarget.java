package org.speechdraft.ui.editor;

import java.util.List;
import org.speechdraft.core.text.TextMatch;
import org.speechdraft.ui.find.FindTarget;

/** Find/replace on the speech area; replace-all is one multi-change, hence one undo step. */
public final class AreaFindTarget implements FindTarget {

    private final SpeechArea area;

    public AreaFindTarget(SpeechArea area) {
        this.area = area;
    }

    @Override
    public String text() {
        return area.getText();
    }

    @Override
    public int caretPosition() {
        return area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
    }

    @Override
    public int selectionStart() {
        return area.getSelection().getStart();
    }

    @Override
    public void select(int start, int end) {
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    @Override
    public void replaceAll(List<TextMatch> ranges, String replacement) {
        var change = area.createMultiChange(ranges.size());
        // Positions refer to the text before the change; the builder shifts them as it goes.
        for (TextMatch m : ranges) {
            change.replaceText(m.start(), m.end(), replacement);
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
    }
}
