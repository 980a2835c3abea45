package org.speechdraft.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Types one key into a node and times it up to the end of the layout of the next pulse: the
 * pulse's start is taken by an {@link AnimationTimer} (animations run first in a pulse, before
 * the scenes' pre-layout listeners, CSS and layout) and its end by the scene's post-layout pulse
 * listener, so the CSS and layout passes measured are JavaFX's own (forcing them with
 * {@code applyCss()} would restyle the whole scene and measure the benchmark instead), and work the
 * app does in its own pre-layout listeners is counted.
 *
 * <p>Two figures per keystroke: {@link Timing#work()}, what the keystroke costs the FX thread
 * (waiting behind other FX work since it was posted, handling the event, then the CSS and layout
 * pass of the next pulse), and {@link Timing#toLaidOut()}, the wall time from posting the key
 * to the end of that layout, which also includes the idle wait for the next 60 Hz pulse. And
 * {@link Timing#cpu()}, the FX thread's CPU time for the event and that CSS and layout pass: where
 * it is far below {@code work}, the FX thread was waiting for a core, not working.
 */
final class KeystrokeProbe {

    /** Nanosecond figures of one keystroke. */
    record Timing(long work, long toLaidOut, long cpu) {
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final Node target;
    // written and read on the FX thread only
    private boolean armed;
    private long pulseStart;
    private long pulseStartCpu;
    private long laidOut;
    private long laidOutCpu;
    private CountDownLatch done;

    KeystrokeProbe(Scene scene, Node target) {
        this.target = target;
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (armed && pulseStart == 0) {
                    pulseStart = System.nanoTime();
                    pulseStartCpu = CPU.getCurrentThreadCpuTime();
                }
            }
        }.start();
        scene.addPostLayoutPulseListener(() -> {
            if (armed && pulseStart != 0) {
                armed = false;
                laidOut = System.nanoTime();
                laidOutCpu = CPU.getCurrentThreadCpuTime();
                done.countDown();
            }
        });
    }

    /** Called off the FX thread, by the "typist"; blocks until the key's pulse has laid the scene out. */
    Timing type(String character) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        long[] handled = new long[4];
        long posted = System.nanoTime();
        Platform.runLater(() -> {
            handled[0] = System.nanoTime();
            handled[2] = CPU.getCurrentThreadCpuTime();
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                    false, false, false, false));
            handled[1] = System.nanoTime();
            handled[3] = CPU.getCurrentThreadCpuTime();
            done = latch;
            pulseStart = 0;
            armed = true;
            Platform.requestNextPulse();
        });
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a keystroke was not laid out within 30 s");
        }
        long waitAndEvent = handled[1] - posted;
        return new Timing(waitAndEvent + (laidOut - pulseStart), laidOut - posted,
                (handled[3] - handled[2]) + (laidOutCpu - pulseStartCpu));
    }
}
