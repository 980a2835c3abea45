package org.speechdraft.ui.template;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A line of the gallery's preview: a head (a heading, a field) indented by its depth, with a
 * wrapped explanation (写作提示, what to fill in) below in small grey type.
 */
final class HintCell<T> extends ListCell<T> {

    /** @param depth 1 for no indent */
    record Lines(String head, String hint, int depth, boolean strong) {
    }

    private static final double INDENT = 18;

    private final Function<T, Lines> describe;

    HintCell(Function<T, Lines> describe) {
        this.describe = describe;
        setPrefWidth(0); // wrap instead of scrolling sideways
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Lines lines = describe.apply(item);
        Label head = new Label(lines.head());
        head.getStyleClass().add(lines.strong() ? "sd-preview-head-strong" : "sd-preview-head");
        head.setWrapText(true);
        VBox box = new VBox(1, head);
        if (!lines.hint().isEmpty()) {
            Label hint = new Label(lines.hint());
            hint.getStyleClass().add("sd-preview-hint");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        box.setStyle("-fx-padding: 0 0 0 " + (lines.depth() - 1) * INDENT + ";");
        box.setMinWidth(0);
        box.maxWidthProperty().bind(widthProperty().subtract(20));
        setGraphic(box);
    }
}
