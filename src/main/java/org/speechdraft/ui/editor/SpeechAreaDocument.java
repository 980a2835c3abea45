package org.speechdraft.ui.editor;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import org.fxmisc.undo.UndoManager;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.document.EditorDocument;

/** The speech area seen as the session's document. */
public final class SpeechAreaDocument implements EditorDocument {

    private final SpeechArea area;
    private long edits;

    public SpeechAreaDocument(SpeechArea area) {
        this.area = area;
        area.richChanges().subscribe(ch -> edits++);
    }

    @Override
    public List<DraftParagraph> paragraphs() {
        return area.draftParagraphs();
    }

    @Override
    public void load(List<DraftParagraph> paragraphs) {
        area.replace(0, area.getLength(), AreaDocuments.toDocument(paragraphs));
        UndoManager<?> undo = area.getUndoManager();
        undo.forgetHistory();
        undo.mark();
        area.moveTo(0);
        // The top of the page, not "follow the caret": following it left the view 20 px down after
        // an open (RichTextFX's estimate before the new paragraphs were laid out), cutting off the
        // title's level tag.
        area.scrollYToPixel(0);
    }

    @Override
    public void replaceAllUndoable(List<DraftParagraph> paragraphs) {
        area.getUndoManager().preventMerge();
        area.replace(0, area.getLength(), AreaDocuments.toDocument(paragraphs));
        area.getUndoManager().preventMerge();
        area.moveTo(0);
    }

    @Override
    public void markSaved() {
        area.getUndoManager().mark();
    }

    @Override
    public ObservableBooleanValue atSavedMark() {
        return area.getUndoManager().atMarkedPositionProperty();
    }

    @Override
    public long editCount() {
        return edits;
    }
}
