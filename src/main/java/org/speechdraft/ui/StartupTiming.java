package org.speechdraft.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.speechdraft.TunedJvm;

/**
 * With {@code -Dspeechdraft.startupTiming=true}, prints {@code startup: N ms} on stderr once the
 * editor has the focus and has been laid out: the time from the start of the app (its first JVM's,
 * see {@link TunedJvm}) to a window the user can type in. The benchmark ({@code mvn -Pbench verify}) reads that line; without the property
 * nothing is installed.
 */
final class StartupTiming {

    static final String PROPERTY = "speechdraft.startupTiming";

    private StartupTiming() {
    }

    /** When the user started the app: the first JVM's start when the window runs in a second one (TunedJvm). */
    private static long launchStart() {
        String first = System.getProperty(TunedJvm.LAUNCH_START_PROPERTY);
        if (first != null) {
            try {
                return Long.parseLong(first);
            } catch (NumberFormatException e) {
                // fall through to this JVM's start
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void reportWhenEditable(Scene scene, Node editor) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        boolean[] reported = {false};
        Runnable afterLayout = new Runnable() {
            @Override
            public void run() {
                // The focus owner, not Node.isFocused(): under a bare X server the window may never get the focus.
                if (reported[0] || scene.getFocusOwner() != editor || editor.getLayoutBounds().isEmpty()) {
                    return;
                }
                reported[0] = true;
                long millis = System.currentTimeMillis() - launchStart();
                System.err.println("startup: " + millis + " ms");
                // not from within the pulse that is iterating the listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
    }
}
