package org.speechdraft.ui.editor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import org.fxmisc.richtext.model.Paragraph;
import org.reactfx.util.Either;
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
        area.getParagraphs().addListener(
                (ListChangeListener<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>>) this::onParagraphsChanged);
    }

    /** Full recount, used only when a whole document is loaded. */
    public void recount() {
        characters.set(CharCounter.count(area.getText()));
        int nonEmpty = 0;
        for (var p : area.getParagraphs()) {
            nonEmpty += hasText(p);
        }
        paragraphs.set(nonEmpty);
    }

    private void onParagraphsChanged(
            ListChangeListener.Change<? extends Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> c) {
        int delta = 0;
        while (c.next()) {
            for (var p : c.getRemoved()) {
                delta -= hasText(p);
            }
            for (var p : c.getAddedSubList()) {
                delta += hasText(p);
            }
        }
        paragraphs.set(paragraphs.get() + delta);
    }

    /** 1 for a paragraph with text, 0 for an empty one (its indent is no text). */
    private static int hasText(Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> p) {
        return p.length() > SpeechSegments.indentLength(p) ? 1 : 0;
    }

    public ReadOnlyIntegerProperty charactersProperty() {
        return characters.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty paragraphsProperty() {
        return paragraphs.getReadOnlyProperty();
    }

}
