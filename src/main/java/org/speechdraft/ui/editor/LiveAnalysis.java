package org.speechdraft.ui.editor;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.Workers;

/**
 * A core analysis of the editor's text kept up to date while the user types: re-run when typing
 * pauses; long drafts are analysed on a background thread and a result that is already stale
 * (the text changed again meanwhile) is dropped.
 */
public final class LiveAnalysis<T> {

    /**
     * Below this many characters the analysis is cheaper than a thread hop. Not more: from a few
     * thousand characters on, 校对 and the outline take milliseconds, which a keystroke arriving
     * at that moment would wait for on the FX thread.
     */
    private static final int BACKGROUND_THRESHOLD = 2_000;

    private final SpeechArea area;
    private final Function<List<DraftParagraph>, T> analysis;
    private final ReadOnlyObjectWrapper<T> result;
    /**
     * One thread for all the live analyses (outline, 待填数据, 校对), one after the other: on a
     * two-core office PC the FX thread and the renderer need the other core while the user types.
     */
    private static final ExecutorService WORKER = Workers.single("analysis");
    private long generation;

    public LiveAnalysis(SpeechArea area, Function<List<DraftParagraph>, T> analysis, T initial) {
        this.area = area;
        this.analysis = analysis;
        this.result = new ReadOnlyObjectWrapper<>(initial);
        area.typingPauses().subscribe(pause -> refresh());
    }

    /** Analyses now (in the background for a long draft); the result arrives on the FX thread. */
    public void refresh() {
        long mine = ++generation;
        List<DraftParagraph> paragraphs = area.draftParagraphs();
        if (area.getLength() < BACKGROUND_THRESHOLD) {
            publish(mine, analysis.apply(paragraphs));
        } else {
            WORKER.submit(() -> {
                T value = analysis.apply(paragraphs);
                Platform.runLater(() -> publish(mine, value));
            });
        }
    }

    /** Analyses the current text synchronously, for edits that need a result matching the text exactly. */
    public T analyzeNow() {
        T fresh = analysis.apply(area.draftParagraphs());
        publish(++generation, fresh);
        return fresh;
    }

    private void publish(long resultGeneration, T value) {
        if (resultGeneration == generation) {
            result.set(value);
        }
    }

    public ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
