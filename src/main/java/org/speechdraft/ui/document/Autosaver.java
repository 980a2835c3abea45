package org.speechdraft.ui.document;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.RecoverySession;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.Workers;

/**
 * Writes unsaved changes to the recovery folder: every few seconds when something changed since
 * the last autosave (so at most {@link #INTERVAL} after the last change), and whenever the window
 * loses focus. The draft is captured on the FX thread and written on a background thread.
 */
public final class Autosaver {

    public static final Duration INTERVAL = Duration.seconds(10);

    private final DraftSession session;
    private final RecoverySession recovery;
    private final ExecutorService writer = Workers.single("autosave");
    private final Timeline timer;
    private long autosavedToken = -1;
    private boolean paused;

    public Autosaver(DraftSession session, RecoverySession recovery) {
        this.session = session;
        this.recovery = recovery;
        this.timer = new Timeline(new KeyFrame(INTERVAL, e -> autosaveIfChanged()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        paused = false;
        timer.play();
    }

    /**
     * Stops autosaving and waits for a write under way, e.g. while the user answers "save
     * changes?": a late autosave must not reappear after the user chose to discard.
     */
    public void pause() {
        paused = true;
        timer.stop();
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A stuck disk: closing goes on; the autosave, if it ever lands, is offered next time.
        }
    }

    /** Pauses for good and releases the writer thread. */
    public void shutdown() {
        pause();
        writer.shutdown();
    }

    /** Autosaves now when there are unsaved changes not yet autosaved. */
    public void autosaveIfChanged() {
        if (paused) {
            return;
        }
        if (!session.isDirty()) {
            autosavedToken = -1;
            return;
        }
        long edits = session.changeToken();
        if (edits == autosavedToken) {
            return;
        }
        autosavedToken = edits;
        Draft draft = session.currentDraft();
        Path source = session.fileProperty().get();
        writer.submit(() -> write(draft, source));
    }

    private void write(Draft draft, Path source) {
        try {
            recovery.autosave(draft, source);
            String time = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            Platform.runLater(() -> session.statusProperty().set(UiText.get("status.autosaved", time)));
        } catch (java.io.IOException e) {
            Platform.runLater(() -> session.statusProperty().set(UiText.get("dialog.autosaveFailed", e.getMessage())));
        }
    }
}
