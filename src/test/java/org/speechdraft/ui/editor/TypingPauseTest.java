package org.speechdraft.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.reactfx.EventSource;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The live analyses wait for a pause in typing: one pause per burst, the quiet period after its last keystroke. */
class TypingPauseTest extends ApplicationTest {

    private static final Duration QUIET = Duration.ofMillis(250);

    private final EventSource<String> changes = new EventSource<>();
    private final List<Long> pausesAt = new CopyOnWriteArrayList<>();

    @Override
    public void start(Stage stage) {
        new TypingPause(changes, QUIET).pauses().subscribe(pause -> pausesAt.add(System.nanoTime()));
    }

    @Test
    void aBurstOfKeystrokesGivesOnePauseAQuietPeriodAfterItsLastKeystroke() {
        long lastKey = typeBurst(10);
        assertEquals(List.of(), pausesAt, "no pause while typing, though the burst lasted longer than the quiet period");

        sleep(QUIET.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, pausesAt.size());
        long after = pausesAt.get(0) - lastKey;
        assertTrue(after >= QUIET.toNanos(), () -> "paused " + after / 1_000_000 + " ms after the last keystroke");
        assertTrue(after < QUIET.toNanos() + 200_000_000L, () -> "paused " + after / 1_000_000 + " ms after the last keystroke");
    }

    @Test
    void twoBurstsWithAPauseBetweenGiveTwoPauses() {
        typeBurst(3);
        sleep(QUIET.toMillis() + 300);
        typeBurst(3);
        sleep(QUIET.toMillis() + 300);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, pausesAt.size());
    }

    /** Keystrokes 40 ms apart, as a quick typist's; returns when the last one was typed. */
    private long typeBurst(int keys) {
        long last = 0;
        for (int i = 0; i < keys; i++) {
            sleep(40);
            last = System.nanoTime();
            interact(() -> changes.push("字"));
        }
        return last;
    }
}
