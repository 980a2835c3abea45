package org.speechdraft.ui.outline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.speech.SpeechTiming;
import org.speechdraft.core.speech.SpokenLength;
import org.speechdraft.ui.editor.LastPassMemo;
import org.speechdraft.ui.editor.LiveAnalysis;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The live outline of the draft in the editor (see {@link LiveAnalysis}) and where the caret is in it.
 */
public final class OutlineModel {

    private final SpeechArea area;
    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();
    /** Each paragraph's spoken length, measured again only when the paragraph changed. */
    private final LastPassMemo<DraftParagraph, Integer> syllables = new LastPassMemo<>(p -> SpokenLength.of(p.text()));
    private final LiveAnalysis<Analyzed> live;
    private final ReadOnlyObjectWrapper<Outline> outline;
    private final ReadOnlyObjectWrapper<SpeechTiming> timing;
    private final ReadOnlyIntegerWrapper caretHeading = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper caretSection = new ReadOnlyStringWrapper("");

    /** One pass over the text: its outline, and how long each section takes to say. */
    private record Analyzed(Outline outline, SpeechTiming timing) {
    }

    public OutlineModel(SpeechArea area) {
        this.area = area;
        Analyzed none = new Analyzed(new Outline(null, List.of(), List.of(), List.of()), new SpeechTiming(0, List.of()));
        this.live = new LiveAnalysis<>(area, this::analyzeWithTiming, none);
        this.outline = new ReadOnlyObjectWrapper<>(none.outline());
        this.timing = new ReadOnlyObjectWrapper<>(none.timing());
        live.resultProperty().addListener((obs, o, n) -> {
            // Timing first: whoever shows the outline may want its sections' times too.
            timing.set(n.timing());
            outline.set(n.outline());
        });
        outline.addListener((obs, o, n) -> updateCaretHeading());
        area.currentParagraphProperty().addListener((obs, o, n) -> updateCaretHeading());
    }

    private Analyzed analyzeWithTiming(List<DraftParagraph> paragraphs) {
        Outline found = analyzer.analyzeDraft(paragraphs);
        return new Analyzed(found, SpeechTiming.fromSyllables(syllables.map(paragraphs), found));
    }

    /** Analyses now (in the background for a long draft); results arrive on the FX thread. */
    public void refresh() {
        live.refresh();
    }

    /** Analyses the current text synchronously: edits need an outline that matches the text exactly. */
    public Outline analyzeNow() {
        return live.analyzeNow().outline();
    }

    /** The outline of text that is not (yet) in the editor, e.g. the result of an outline edit. */
    public Outline analyze(List<DraftParagraph> paragraphs) {
        return analyzer.analyzeDraft(paragraphs);
    }

    private void updateCaretHeading() {
        Outline current = outline.get();
        int index = headingAt(current, area.getCurrentParagraph());
        caretHeading.set(index);
        caretSection.set(sectionPath(current.headings(), index));
    }

    /** The section (with its parents) that paragraph {@code paragraph} belongs to, "" above the first heading. */
    public String sectionAt(int paragraph) {
        Outline current = outline.get();
        return sectionPath(current.headings(), headingAt(current, paragraph));
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
        return outline.getReadOnlyProperty();
    }

    /** Syllables of the whole speech and of each heading's section, as of the last analysis. */
    public ReadOnlyObjectProperty<SpeechTiming> timingProperty() {
        return timing.getReadOnlyProperty();
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
