package org.speechdraft.ui.editor;

import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * A small tag left of each paragraph that is not body text (标题, 一级 …), so levels are visible.
 *
 * <p>The editor builds a new gutter each time a paragraph changes, i.e. at every keystroke, so it
 * is kept light: a plain {@link Text} rather than a Label (a control, with a skin to create and
 * style), and nothing inside the box of a body paragraph, which has no tag.
 */
final class LevelGutter implements IntFunction<Node> {

    private final SpeechArea area;
    private final Messages text;

    LevelGutter(SpeechArea area, Messages text) {
        this.area = area;
        this.text = text;
    }

    @Override
    public Node apply(int paragraph) {
        ParagraphLevel level = area.getParagraph(paragraph).getParagraphStyle();
        StackPane box = new StackPane();
        box.getStyleClass().add("sd-gutter");
        String name = text.get("gutter." + level.name());
        if (!name.isEmpty()) {
            Text tag = new Text(name);
            tag.getStyleClass().add("sd-gutter-tag");
            box.getChildren().add(tag);
        }
        return box;
    }
}
