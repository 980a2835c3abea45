package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.speechdraft.core.cleanup.RuleReport;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.editor.SpeechArea;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with what the import preview's tests look at. */
abstract class ImportingWindowTest extends GalleryWindowTest {

    /** Waits until {@code condition}, checked on the FX thread, holds (at most 10 s). */
    void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            boolean[] holds = {false};
            interact(() -> holds[0] = condition.getAsBoolean());
            if (holds[0]) {
                return;
            }
            sleep(50);
        }
        fail("waited 10 s for " + what);
    }

    /** Waits until the preview has read and cleaned the speech with the rules as switched. */
    void waitForPreview() {
        waitUntil("the preview", () -> lookup("#importProgress").tryQuery().map(n -> !n.isVisible()).orElse(false)
                && !rules().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean previewIsOpen() {
        return lookup("#importPane").tryQuery().isPresent();
    }

    @SuppressWarnings("unchecked")
    ListView<RuleReport> rules() {
        return lookup("#importRules").queryAs(ListView.class);
    }

    RuleReport rule(String id) {
        return rules().getItems().stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
    }

    String previewText() {
        return lookup("#importPreview").queryAs(SpeechArea.class).getText();
    }

    List<String> texts() {
        return paragraphs().stream().map(DraftParagraph::text).toList();
    }

    /** The error (or other alert) on screen. */
    DialogPane alert() {
        return lookup(".dialog-pane").match(n -> !"importPane".equals(n.getId())).queryAs(DialogPane.class);
    }

    Node node(String query) {
        return lookup(query).query();
    }
}
