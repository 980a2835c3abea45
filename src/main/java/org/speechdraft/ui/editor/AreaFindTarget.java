package org.speechdraft.ui.editor;

import java.util.List;
import org.speechdraft.core.text.TextMatch;
import org.speechdraft.ui.find.FindTarget;

/**
 * Find/replace on the speech area; replace-all is one multi-change, hence one undo step. Find
 * searches the draft's text (without the editor's indents): its offsets are turned into the
 * editor's positions through the text last searched, which find always takes anew before acting.
 */
public final class AreaFindTarget implements FindTarget {

    private final SpeechArea area;
    private PlainText searched;

    public AreaFindTarget(SpeechArea area) {
        this.area = area;
    }

    @Override
    public String text() {
        searched = area.plainText();
        return searched.text();
    }

    @Override
    public int caretPosition() {
        int caret = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        return searched().textOffset(caret);
    }

    @Override
    public int selectionStart() {
        return searched().textOffset(area.getSelection().getStart());
    }

    @Override
    public void select(int start, int end) {
        area.selectRange(searched().editorPosition(start), searched().editorPosition(end));
        area.requestFollowCaret();
    }

    @Override
    public void replaceAll(List<TextMatch> ranges, String replacement) {
        var change = area.createMultiChange(ranges.size());
        // Positions refer to the text before the change; the builder shifts them as it goes.
        for (TextMatch m : ranges) {
            change.replaceText(searched().editorPosition(m.start()), searched().editorPosition(m.end()), replacement);
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
    }

    private PlainText searched() {
        return searched != null ? searched : area.plainText();
    }
}
