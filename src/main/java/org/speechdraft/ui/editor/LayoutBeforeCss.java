package org.speechdraft.ui.editor;

import javafx.scene.Parent;

/**
 * Lays a node out at the start of every pulse, before the scene's CSS pass.
 *
 * <p>Why: RichTextFX's virtual flow builds the cell of an edited paragraph while it is laid out,
 * and styles that cell there, after the pulse's CSS pass; its ancestors keep their "CSS dirty
 * branch" flag. The next pulse then runs a CSS pass that changes nothing, and JavaFX, asked to
 * render with an empty dirty region, repaints the whole window: 50 ms and more per keystroke with
 * the software renderer of an office PC without a usable GPU. Laid out before the CSS pass, the
 * new cell exists when that pass runs, the flags are cleared in the same pulse, and only the
 * edited lines are repainted.
 */
final class LayoutBeforeCss {

    private LayoutBeforeCss() {
    }

    static void install(Parent node) {
        BeforeEachPulse.run(node, node::layout);
    }
}
