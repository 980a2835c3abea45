package org.speechdraft.ui.template;

import java.io.IOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.DialogPane;
import org.speechdraft.ui.UiText;

/** The FXML dialog panes (templates, import): loaded with the UI texts, styled like the main window. */
public final class DialogPanes {

    private DialogPanes() {
    }

    /**
     * Loads {@code fxmlName} (a DialogPane in this package, or an absolute resource path); its
     * controller is {@code getController()}.
     */
    public static FXMLLoader load(String fxmlName) {
        FXMLLoader loader = new FXMLLoader(DialogPanes.class.getResource(fxmlName), UiText.MESSAGES.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new IllegalStateException(fxmlName + " cannot be loaded", e);
        }
        return loader;
    }

    /** The application's stylesheet (fonts, colours, badges) for the scene of a dialog showing {@code pane}. */
    public static void useAppStyles(DialogPane pane) {
        pane.getScene().getStylesheets().add(DialogPanes.class.getResource("/org/speechdraft/ui/app.css")
                .toExternalForm());
    }
}
