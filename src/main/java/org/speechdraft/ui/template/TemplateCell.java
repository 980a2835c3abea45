package org.speechdraft.ui.template;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateEntry;

/** A template in the gallery's list: ★ for a favourite, name, category, and a 内置/我的/共享 badge. */
final class TemplateCell extends ListCell<TemplateEntry> {

    TemplateCell() {
        setPrefWidth(0); // never wider than the list: a long name is cut with "…"
        getStyleClass().add("sd-template-cell");
    }

    @Override
    protected void updateItem(TemplateEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        Template t = entry.template();
        Label star = new Label(entry.favourite() ? "★" : "");
        star.getStyleClass().add("sd-template-star");
        star.setMinWidth(16);
        Label name = new Label(t.name());
        name.getStyleClass().add("sd-template-name");
        Label category = new Label(t.category());
        category.getStyleClass().add("sd-template-category");
        VBox text = new VBox(1, name, category);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label badge = new Label(t.source().displayName());
        badge.getStyleClass().addAll("sd-badge", "sd-badge-" + t.source().id());
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, star, text, badge);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setGraphic(row);
    }
}
