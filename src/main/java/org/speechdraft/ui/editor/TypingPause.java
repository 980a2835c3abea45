package org.speechdraft.ui.editor;

import java.time.Duration;
import javafx.animation.PauseTransition;
import org.reactfx.EventSource;
import org.reactfx.EventStream;

/**
 * Tells when the text has stopped changing for a quiet period, for the work that waits until
 * typing pauses (the live analyses, the find bar's count).
 *
 * <p>Why not RichTextFX's {@code successionEnds}: it restarts a JavaFX timer at every keystroke,
 * once per subscriber, and each restart walks the key event's deep stack (a timer that starts
 * takes its caller's access-control context). Here a keystroke only notes the time; one timer runs
 * per pause and, when it finds the text changed meanwhile, waits for the rest of the period.
 */
final class TypingPause {

    private final EventSource<Void> pauses = new EventSource<>();
    private final PauseTransition timer = new PauseTransition();
    private final long quietNanos;
    private long lastChange;
    private boolean waiting;

    TypingPause(EventStream<?> changes, Duration quiet) {
        this.quietNanos = quiet.toNanos();
        timer.setOnFinished(e -> elapsed());
        changes.subscribe(change -> changed());
    }

    /** Emits once for each pause of the quiet period after the text changed. */
    EventStream<Void> pauses() {
        return pauses;
    }

    private void changed() {
        lastChange = System.nanoTime();
        if (!waiting) {
            waiting = true;
            waitFor(quietNanos);
        }
    }

    private void elapsed() {
        long quietSoFar = System.nanoTime() - lastChange;
        if (quietSoFar < quietNanos) {
            waitFor(quietNanos - quietSoFar);
        } else {
            waiting = false;
            pauses.push(null);
        }
    }

    private void waitFor(long nanos) {
        timer.setDuration(javafx.util.Duration.millis(nanos / 1e6));
        timer.playFromStart();
    }
}
