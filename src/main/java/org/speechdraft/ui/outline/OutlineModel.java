package org.speechdraft.ui.outline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.ui.editor.AreaDocuments;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The live outline of the draft in the editor. Re-analysed when typing pauses; long drafts are
 * analysed on a background thread and a result that is already stale is dropped.
 */
public final class OutlineModel {

    static final Duration DEBOUNCE = Duration.ofMillis(250);
    /** Below this many characters the analysis is cheaper than a thread hop. */
    private static final int BACKGROUND_THRESHOLD = 20_000;

    private final SpeechArea area;
    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();
    private final ReadOnlyObjectWrapper<Outline> outline =
            new ReadOnlyObjectWrapper<>(new Outline(null, List.of(), List.of(), List.of()));
    private final ReadOnlyIntegerWrapper caretHeading = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper caretSection = new ReadOnlyStringWrapper("");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "speechdraft-outline");
        t.setDaemon(true);
        return t;
    });
    private long generation;

    public OutlineModel(SpeechArea area) {
        this.area = area;
        area.multiRichChanges().successionEnds(DEBOUNCE).subscribe(ch -> refresh());
        area.currentParagraphProperty().addListener((obs, o, n) -> updateCaretHeading());
    }

    /** Analyses now (in the background for a long draft); results arrive on the FX thread. */
    public void refresh() {
        long mine = ++generation;
        List<DraftParagraph> paragraphs = AreaDocuments.toParagraphs(area.getDocument());
        if (area.getLength() < BACKGROUND_THRESHOLD) {
            publish(mine, analyzer.analyzeDraft(paragraphs));
        } else {
            worker.submit(() -> {
                Outline result = analyzer.analyzeDraft(paragraphs);
                Platform.runLater(() -> publish(mine, result));
            });
        }
    }

    /** Analyses the current text synchronously: edits need an outline that matches the text exactly. */
    public Outline analyzeNow() {
        Outline fresh = analyzer.analyzeDraft(AreaDocuments.toParagraphs(area.getDocument()));
        publish(++generation, fresh);
        return fresh;
    }

    /** The outline of text that is not (yet) in the editor, e.g. the result of an outline edit. */
    public Outline analyze(List<DraftParagraph> paragraphs) {
        return analyzer.analyzeDraft(paragraphs);
    }

    private void publish(long resultGeneration, Outline result) {
        if (resultGeneration != generation) {
            return;
        }
        outline.set(result);
        updateCaretHeading();
    }

    private void updateCaretHeading() {
        int index = headingAt(outline.get(), area.getCurrentParagraph());
        caretHeading.set(index);
        caretSection.set(sectionPath(outline.get().headings(), index));
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

    /** The caret's section with its parent headings, empty above the first heading. */
    public ReadOnlyStringProperty caretSectionProperty() {
        return caretSection.getReadOnlyProperty();
    }

    /** The heading whose section holds the caret (-1 when above the first heading). */
    public ReadOnlyIntegerProperty caretHeadingProperty() {
        return caretHeading.getReadOnlyProperty();
    }
}
