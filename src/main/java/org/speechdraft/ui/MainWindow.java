package org.speechdraft.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.RecoveryEntry;
import org.speechdraft.core.storage.RecoverySession;
import org.speechdraft.core.storage.WindowBounds;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.dialog.DialogService.RecoveryChoice;

/** Builds the main window on a stage: FXML, styles, icon, title, saved bounds, close handling. */
public final class MainWindow {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private final Stage stage;
    private final AppContext context;
    private final MainWindowController controller;
    private final RecoverySession recovery;
    private final DialogService dialogs;

    private MainWindow(Stage stage, AppContext context, Function<Window, DialogService> dialogFactory) {
        this.stage = stage;
        this.context = context;
        this.recovery = context.recovery().startSession();
        this.dialogs = dialogFactory.apply(stage);
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), UiText.MESSAGES.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("MainWindow.fxml cannot be loaded", e);
        }
        controller = loader.getController();
        controller.init(context, dialogs, recovery, this::requestClose);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(controller.session().windowTitleProperty());
        addIcons();
        restoreBounds();
        stage.setOnCloseRequest(e -> {
            if (!closeAllowed()) {
                e.consume();
            }
        });
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                controller.onWindowFocusLost();
            }
        });
    }

    /** Creates and shows the main window, then offers to restore drafts left by a crash. */
    public static MainWindow show(Stage stage, AppContext context, Function<Window, DialogService> dialogFactory,
                                  Path fileToOpen) {
        MainWindow window = new MainWindow(stage, context, dialogFactory);
        stage.show();
        StartupTiming.reportWhenEditable(stage.getScene(), window.controller.area());
        if (fileToOpen != null) {
            window.controller.openAtStart(fileToOpen);
        }
        // After the window has painted, so the question appears over the real window.
        javafx.application.Platform.runLater(window::offerRecovery);
        return window;
    }

    public MainWindowController controller() {
        return controller;
    }

    private void offerRecovery() {
        List<RecoveryEntry> entries = context.recovery().findRecoverable();
        if (entries.isEmpty()) {
            return;
        }
        RecoveryChoice choice = dialogs.askRecover(entries);
        if (choice == RecoveryChoice.DISCARD) {
            entries.forEach(context.recovery()::discard);
        } else if (choice == RecoveryChoice.RESTORE) {
            RecoveryEntry newest = entries.get(0);
            try {
                Draft draft = context.recovery().load(newest);
                controller.session().restore(draft, newest.sourcePath());
                // Write our own autosave before dropping the old one, so a crash now loses nothing.
                recovery.autosave(controller.session().currentDraft(), controller.session().fileProperty().get());
                context.recovery().discard(newest);
            } catch (DraftFileException | IOException e) {
                dialogs.showError(UiText.get("dialog.recoverFailed"), e.getMessage());
            }
        }
    }

    private void requestClose() {
        if (closeAllowed()) {
            stage.close();
        }
    }

    private boolean closeAllowed() {
        if (!controller.prepareToClose()) {
            return false;
        }
        saveBounds();
        recovery.close();
        return true;
    }

    private void addIcons() {
        for (int size : ICON_SIZES) {
            try (InputStream in = MainWindow.class.getResourceAsStream("/icons/app/speechdraft-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException e) {
                // A missing icon is cosmetic.
            }
        }
    }

    private void restoreBounds() {
        WindowBounds b = context.settings().get().window();
        if (b == null || !WindowPlacement.isVisibleOnSomeScreen(b)) {
            stage.setWidth(1100);
            stage.setHeight(800);
            return;
        }
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
    }

    private void saveBounds() {
        WindowBounds b = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        context.settings().update(s -> s.withWindow(b));
    }
}
