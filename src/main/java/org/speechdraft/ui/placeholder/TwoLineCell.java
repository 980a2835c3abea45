package org.speechdraft.ui.placeholder;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A list cell of the 待填数据 panel: a head line, then the context and section in small type. */
final class TwoLineCell<T> extends ListCell<T> {

    /**
     * @param head       the first line ("投入资金 ▸ XX ▸ 亿元")
     * @param context    the words around it ("" for none)
     * @param section    the heading it stands under ("" for none)
     * @param styleClass an extra style class for the cell, or null
     */
    record Lines(String head, String context, String section, String styleClass) {
    }

    private final Function<T, Lines> describe;
    private String extraClass;

    TwoLineCell(Function<T, Lines> describe) {
        this.describe = describe;
        // Never wider than the list: long context is cut with "…" instead of a sideways scrollbar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (extraClass != null) {
            getStyleClass().remove(extraClass);
            extraClass = null;
        }
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Lines lines = describe.apply(item);
        Label head = new Label(lines.head());
        head.getStyleClass().add("sd-placeholder-head");
        String second = lines.context().isEmpty() ? lines.section()
                : lines.section().isEmpty() ? lines.context() : lines.context() + "\n" + lines.section();
        Label context = new Label(second);
        context.getStyleClass().add("sd-placeholder-context");
        setGraphic(second.isEmpty() ? new VBox(2, head) : new VBox(2, head, context));
        if (lines.styleClass() != null) {
            extraClass = lines.styleClass();
            getStyleClass().add(extraClass);
        }
    }
}
