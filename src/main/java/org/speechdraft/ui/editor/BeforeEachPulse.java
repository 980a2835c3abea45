package org.speechdraft.ui.editor;

import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs a task at the start of every pulse (before CSS and layout) of the scene a node is in, from scene to scene. */
final class BeforeEachPulse {

    private BeforeEachPulse() {
    }

    static void run(Node node, Runnable task) {
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(task);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(task);
            }
        });
        Scene scene = node.getScene();
        if (scene != null) {
            scene.addPreLayoutPulseListener(task);
        }
    }
}
