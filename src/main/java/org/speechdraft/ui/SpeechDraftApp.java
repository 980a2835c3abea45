package org.speechdraft.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.speechdraft.RendererMemo;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.ui.dialog.FxDialogService;

/** The JavaFX application: one main window on the user's data folder. */
public class SpeechDraftApp extends Application {

    @Override
    public void init() {
        // JavaFX's own texts (OK/取消, context menus, date picker) follow the default locale.
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        AppHome home = AppHome.resolve();
        MainWindow.show(stage, AppContext.at(home), FxDialogService::new, file);
        RendererMemo.recordChosenRenderer(home);
    }
}
