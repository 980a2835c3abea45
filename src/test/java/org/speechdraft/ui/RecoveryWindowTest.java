package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.RecoveryStore;
import org.speechdraft.core.storage.RecoverySession;

/** A simulated crash: the saved file is older than the autosave left behind by a dead session. */
class RecoveryWindowTest extends WindowTest {

    private Path saved;

    @Override
    void beforeWindowOpens(Path dataFolder) throws Exception {
        saved = dataFolder.resolve("讲话.sdraft");
        new DraftCodec().write(saved, Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, "上午保存的内容"))));
        Files.setLastModifiedTime(saved, FileTime.from(Instant.now().minusSeconds(3600)));
        RecoverySession crashed = new RecoveryStore(AppHome.at(dataFolder)).startSession();
        crashed.autosave(Draft.of(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、下午写的新内容"),
                DraftParagraph.of(ParagraphLevel.BODY, "还没来得及保存。"))), saved);
        crashed.close(); // the process died: lock released, autosave left behind
    }

    @Test
    void theNextStartOffersToRestoreTheAutosave() throws Exception {
        sleep(300);
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("讲话.sdraft"), pane.getContentText());
        clickOn(UiText.get("dialog.recover.restore"));

        assertEquals(List.of("一、下午写的新内容", "还没来得及保存。"),
                paragraphs().stream().map(DraftParagraph::text).toList());
        assertTrue(stage.getTitle().startsWith("*"), "restored text is unsaved: " + stage.getTitle());
        assertTrue(stage.getTitle().contains("讲话.sdraft"), "restored into its file: " + stage.getTitle());
        assertEquals("上午保存的内容", new DraftCodec().read(saved).text(), "the saved file is untouched");
        assertTrue(new RecoveryStore(AppHome.at(home)).findRecoverable().isEmpty(),
                "the old autosave is gone once restored");
    }
}
