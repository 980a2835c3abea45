package org.speechdraft.ui.editor;

import java.util.function.IntFunction;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.model.ParagraphLevel;

/** A small tag left of each paragraph that is not body text (标题, 一级 …), so levels are visible. */
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
        Label tag = new Label(text.get("gutter." + level.name()));
        tag.getStyleClass().add("sd-gutter-tag");
        StackPane box = new StackPane(tag);
        box.getStyleClass().add("sd-gutter");
        return box;
    }
}
