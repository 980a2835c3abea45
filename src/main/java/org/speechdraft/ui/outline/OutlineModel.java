package org.speechdraft.ui.outline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.ui.editor.LiveAnalysis;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The live outline of the draft in the editor (see {@link LiveAnalysis}) and where the caret is in it.
 */
public final class OutlineModel {

    private final SpeechArea area;
    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();
    private final LiveAnalysis<Outline> live;
    private final ReadOnlyIntegerWrapper caretHeading = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper caretSection = new ReadOnlyStringWrapper("");

    public OutlineModel(SpeechArea area) {
        this.area = area;
        this.live = new LiveAnalysis<>(area, "outline", analyzer::analyzeDraft,
                new Outline(null, List.of(), List.of(), List.of()));
        live.resultProperty().addListener((obs, o, n) -> updateCaretHeading());
        area.currentParagraphProperty().addListener((obs, o, n) -> updateCaretHeading());
    }

    /** Analyses now (in the background for a long draft); results arrive on the FX thread. */
    public void refresh() {
        live.refresh();
    }

    /** Analyses the current text synchronously: edits need an outline that matches the text exactly. */
    public Outline analyzeNow() {
        return live.analyzeNow();
    }

    /** The outline of text that is not (yet) in the editor, e.g. the result of an outline edit. */
    public Outline analyze(List<DraftParagraph> paragraphs) {
        return analyzer.analyzeDraft(paragraphs);
    }

    private void updateCaretHeading() {
        Outline outline = live.resultProperty().get();
        int index = headingAt(outline, area.getCurrentParagraph());
        caretHeading.set(index);
        caretSection.set(sectionPath(outline.headings(), index));
    }

    /** The section (with its parents) that paragraph {@code paragraph} belongs to, "" above the first heading. */
    public String sectionAt(int paragraph) {
        Outline outline = live.resultProperty().get();
        return sectionPath(outline.headings(), headingAt(outline, paragraph));
    }

    /** "一、肯定成绩 › （二）办学条件": the heading and its parents. */
    static String sectionPath(List<Heading> headings, int index) {
        if (index < 0) {
            return "";
        }
        Deque<String> path = new ArrayDeque<>();
        int level = Integer.MAX_VALUE;
        for (int i = index; i >= 0 && level > 1; i--) {
            Heading h = headings.get(i);
            if (h.level() < level) {
                path.addFirst((h.marker() == null ? "" : h.marker().text()) + shorten(h.text()));
                level = h.level();
            }
        }
        return String.join(" › ", path);
    }

    private static String shorten(String text) {
        return text.length() <= 16 ? text : text.substring(0, 15) + "…";
    }

    /** Index of the last heading at or above {@code paragraph}, or -1. */
    static int headingAt(Outline outline, int paragraph) {
        List<Heading> headings = outline.headings();
        int found = -1;
        for (int i = 0; i < headings.size() && headings.get(i).paragraph() <= paragraph; i++) {
            found = i;
        }
        return found;
    }

    public ReadOnlyObjectProperty<Outline> outlineProperty() {
        return live.resultProperty();
    }

    /** The caret's section with its parent headings, empty above the first heading. */
    public ReadOnlyStringProperty caretSectionProperty() {
        return caretSection.getReadOnlyProperty();
    }

    /** The heading whose section holds the caret (-1 when above the first heading). */
    public ReadOnlyIntegerProperty caretHeadingProperty() {
        return caretHeading.getReadOnlyProperty();
    }
}
