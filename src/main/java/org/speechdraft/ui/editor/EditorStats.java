package org.speechdraft.ui.editor;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.fxmisc.richtext.model.Paragraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.text.CharCounter;

/**
 * Live figures for the status bar. Per keystroke the work is proportional to the edit, never to
 * the document: the character count follows each change, the paragraph count follows the
 * paragraph list's changes, and the caret's section is looked up backwards from the caret.
 */
public final class EditorStats {

    private final SpeechArea area;
    private final ReadOnlyIntegerWrapper characters = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper paragraphs = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper section = new ReadOnlyStringWrapper("");

    public EditorStats(SpeechArea area) {
        this.area = area;
        recount();
        area.plainTextChanges().subscribe(ch ->
                characters.set(characters.get() + CharCounter.countDelta(ch.getRemoved(), ch.getInserted())));
        area.getParagraphs().addListener((ListChangeListener<Paragraph<ParagraphLevel, String, TextStyle>>) this::onParagraphsChanged);
        area.currentParagraphProperty().addListener((obs, o, n) -> updateSection());
        // Level changes are rich (style-only) changes, so the section follows rich changes too.
        area.richChanges().subscribe(ch -> updateSection());
    }

    /** Full recount, used only when a whole document is loaded. */
    public void recount() {
        characters.set(CharCounter.count(area.getText()));
        int nonEmpty = 0;
        for (var p : area.getParagraphs()) {
            nonEmpty += p.length() > 0 ? 1 : 0;
        }
        paragraphs.set(nonEmpty);
        updateSection();
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

    /** The nearest heading at or above the caret, with its parents: "一、… › （二）…". */
    private void updateSection() {
        int par = Math.min(area.getCurrentParagraph(), area.getParagraphs().size() - 1);
        String[] path = new String[5];
        int deepestWanted = 5;
        for (int p = par; p >= 0 && deepestWanted > 1; p--) {
            var paragraph = area.getParagraph(p);
            int depth = paragraph.getParagraphStyle().headingDepth();
            if (depth > 0 && depth < deepestWanted) {
                path[depth] = shorten(paragraph.getText());
                deepestWanted = depth;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= 4; d++) {
            if (path[d] != null) {
                sb.append(sb.length() == 0 ? "" : " › ").append(path[d]);
            }
        }
        section.set(sb.toString());
    }

    /** A run-in heading ("（一）办学条件持续改善。全年…") is named by the part before its first stop. */
    static String shorten(String heading) {
        String trimmed = heading.strip();
        int stop = firstStop(trimmed);
        if (stop > 0) {
            trimmed = trimmed.substring(0, stop);
        }
        return trimmed.length() <= 18 ? trimmed : trimmed.substring(0, 17) + "…";
    }

    private static int firstStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("。！？；".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    public ReadOnlyIntegerProperty charactersProperty() {
        return characters.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty paragraphsProperty() {
        return paragraphs.getReadOnlyProperty();
    }

    /** Empty when the caret is under no heading. */
    public ReadOnlyStringProperty sectionProperty() {
        return section.getReadOnlyProperty();
    }
}
