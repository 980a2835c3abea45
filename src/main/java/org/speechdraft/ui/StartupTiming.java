package org.speechdraft.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * With {@code -Dspeechdraft.startupTiming=true}, prints {@code startup: N ms} on stderr once the
 * editor has the focus and has been laid out: the time from the JVM's start to a window the user
 * can type in. The benchmark ({@code mvn -Pbench verify}) reads that line; without the property
 * nothing is installed.
 */
final class StartupTiming {

    static final String PROPERTY = "speechdraft.startupTiming";

    private StartupTiming() {
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
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("startup: " + millis + " ms");
                // not from within the pulse that is iterating the listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
            }
        };
        scene.addPostLayoutPulseListener(afterLayout);
    }
}
