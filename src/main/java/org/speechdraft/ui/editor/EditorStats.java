package org.speechdraft.ui.editor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import org.fxmisc.richtext.model.Paragraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.text.CharCounter;

/**
 * Live figures for the status bar. Per keystroke the work is proportional to the edit, never to
 * the document: the character count follows each change, the paragraph count follows the
 * paragraph list's changes.
 */
public final class EditorStats {

    private final SpeechArea area;
    private final ReadOnlyIntegerWrapper characters = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper paragraphs = new ReadOnlyIntegerWrapper();

    public EditorStats(SpeechArea area) {
        this.area = area;
        recount();
        area.plainTextChanges().subscribe(ch ->
                characters.set(characters.get() + CharCounter.countDelta(ch.getRemoved(), ch.getInserted())));
        area.getParagraphs().addListener((ListChangeListener<Paragraph<ParagraphLevel, String, TextStyle>>) this::onParagraphsChanged);
    }

    /** Full recount, used only when a whole document is loaded. */
    public void recount() {
        characters.set(CharCounter.count(area.getText()));
        int nonEmpty = 0;
        for (var p : area.getParagraphs()) {
            nonEmpty += p.length() > 0 ? 1 : 0;
        }
        paragraphs.set(nonEmpty);
    }

    private void onParagraphsChanged(ListChangeListener.Change<? extends Paragraph<ParagraphLevel, String, TextStyle>> c) {
        int delta = 0;
        while (c.next()) {
            for (var p : c.getRemoved()) {
                delta -= p.length() > 0 ? 1 : 0;
            }
            for (var p : c.getAddedSubList()) {
                delta += p.length() > 0 ? 1 : 0;
            }
        }
        paragraphs.set(paragraphs.get() + delta);
    }

    public ReadOnlyIntegerProperty charactersProperty() {
        return characters.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty paragraphsProperty() {
        return paragraphs.getReadOnlyProperty();
    }

}
