package org.speechdraft.ui.dialog;

import java.io.IOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.speechdraft.ui.UiText;

/** Dialogs laid out in FXML: loaded with the UI texts, styled like the main window, shown over it. */
public final class DialogPanes {

    private DialogPanes() {
    }

    /**
     * Loads {@code fxmlName}, found beside {@code controllerClass}; the pane is {@code getRoot()},
     * its controller {@code getController()}.
     */
    public static FXMLLoader load(Class<?> controllerClass, String fxmlName) {
        FXMLLoader loader = new FXMLLoader(controllerClass.getResource(fxmlName), UiText.MESSAGES.bundle());
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

    /** A modal dialog over {@code owner} showing the loaded {@code pane}. */
    public static Dialog<ButtonType> dialog(Window owner, String title, DialogPane pane, boolean resizable) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setDialogPane(pane);
        dialog.setResizable(resizable);
        return dialog;
    }

    /**
     * Shows the loaded dialog pane modally over {@code owner}; true when the user closed it with its
     * OK (default) button, so the caller reads the result from the pane's controller.
     */
    public static boolean showAndConfirm(Window owner, String title, FXMLLoader loader, boolean resizable) {
        return dialog(owner, title, loader.getRoot(), resizable).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}
