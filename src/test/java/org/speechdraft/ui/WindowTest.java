package org.speechdraft.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.ui.editor.AreaDocuments;
import org.speechdraft.ui.editor.SpeechArea;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a temporary data folder, with scripted file choosers. */
abstract class WindowTest extends ApplicationTest {

    @TempDir
    Path home;

    Stage stage;
    MainWindow window;
    ScriptedDialogs dialogs;

    @Override
    public void init() throws Exception {
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        beforeWindowOpens(home);
        window = MainWindow.show(stage, AppContext.at(AppHome.at(home)), owner -> {
            dialogs = new ScriptedDialogs(owner);
            return dialogs;
        }, null);
    }

    /** Lets a test put files in the data folder before the window starts (e.g. a crash's autosave). */
    void beforeWindowOpens(Path dataFolder) throws Exception {
    }

    @AfterEach
    void closeDialogsAndWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    SpeechArea area() {
        return window.controller().area();
    }

    /** Replaces the editor's content as if the user had opened a draft with these paragraphs. */
    void loadParagraphs(List<DraftParagraph> paragraphs) {
        interact(() -> {
            area().replace(0, area().getLength(), AreaDocuments.toDocument(paragraphs));
            area().getUndoManager().forgetHistory();
            area().getUndoManager().mark();
            area().moveTo(area().editorPosition(0, 0));
        });
    }

    List<DraftParagraph> paragraphs() {
        return AreaDocuments.toParagraphs(area().getDocument());
    }

    String labelText(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    /** Waits until the outline (and what depends on it: the status bar's section) caught up with typing. */
    void waitForOutline() {
        sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** 新建 → 空白讲话稿 in the template gallery. */
    void newBlankDraft() {
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N);
        clickOn("#galleryBlank");
    }

    /** Closes the dialog on screen with its only (or default) button. */
    void dismissDialog() {
        clickOn(lookup(".dialog-pane .button").queryButton());
    }

    /** Runs an action that may open a modal dialog, without waiting for the dialog to close. */
    void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
        sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
