package org.speechdraft.ui.editor;

import java.util.Locale;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/** The CSS style-class names the editor uses for levels and character styles (see editor.css). */
public final class LevelStyles {

    public static final String LEVEL_PREFIX = "sd-level-";
    public static final String BOLD = "sd-bold";
    public static final String HIGHLIGHT = "sd-highlight";

    private LevelStyles() {
    }

    /** e.g. HEADING_1 → "sd-level-heading-1". */
    public static String levelClass(ParagraphLevel level) {
        return LEVEL_PREFIX + level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void applyLevel(javafx.scene.text.TextFlow flow, ParagraphLevel level) {
        flow.getStyleClass().removeIf(c -> c.startsWith(LEVEL_PREFIX));
        flow.getStyleClass().add(levelClass(level));
    }

    static void applyTextStyle(javafx.scene.text.Text text, TextStyle style) {
        text.getStyleClass().removeAll(BOLD, HIGHLIGHT);
        if (style.bold()) {
            text.getStyleClass().add(BOLD);
        }
        if (style.highlight()) {
            text.getStyleClass().add(HIGHLIGHT);
        }
    }
}
