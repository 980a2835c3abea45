package org.speechdraft.ui.action;

import java.io.InputStream;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.speechdraft.ui.UiText;

/** Turns declared actions into menu items and toolbar buttons. */
public final class ActionControls {

    private ActionControls() {
    }

    public static MenuItem menuItem(AppAction action) {
        MenuItem item = new MenuItem(UiText.get(action.textKey()));
        item.setMnemonicParsing(true);
        item.setAccelerator(action.accelerator());
        item.setOnAction(e -> action.handler().run());
        if (action.disabled() != null) {
            item.disableProperty().bind(action.disabled());
        }
        if (action.hasIcon()) {
            item.setGraphic(icon(action.icon(), 16));
        }
        return item;
    }

    /** A menu item that shows whether what the action switches is on (a view shown, say). */
    public static javafx.scene.control.CheckMenuItem checkMenuItem(AppAction action,
                                                                   javafx.beans.property.BooleanProperty on) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(UiText.get(action.textKey()));
        item.setMnemonicParsing(true);
        item.setAccelerator(action.accelerator());
        item.selectedProperty().bindBidirectional(on);
        return item;
    }

    public static Button button(AppAction action) {
        Button button = new Button();
        button.getStyleClass().add("sd-tool-button");
        button.setFocusTraversable(false);
        ImageView icon = icon(action.icon(), 24);
        if (icon != null) {
            button.setGraphic(icon);
        } else {
            button.setText(UiText.get(action.textKey()).replaceAll("\\(_.\\)|_|…", ""));
        }
        if (action.tooltipKey() != null) {
            button.setTooltip(new Tooltip(UiText.get(action.tooltipKey())));
        }
        button.setOnAction(e -> action.handler().run());
        if (action.disabled() != null) {
            button.disableProperty().bind(action.disabled());
        }
        return button;
    }

    /** The icon from the application's icons folder, or null when it is missing. */
    public static ImageView icon(String name, int size) {
        if (name == null) {
            return null;
        }
        String path = "/icons/toolbar/" + name + "-" + (size <= 16 ? 16 : 24) + ".png";
        try (InputStream in = ActionControls.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            ImageView view = new ImageView(new Image(in, size, size, true, true));
            view.setFitWidth(size);
            view.setFitHeight(size);
            return view;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
