package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AtomicFileWriter;
import org.testfx.util.WaitForAsyncUtils;

class DraftFileWindowTest extends WindowTest {

    private static final List<DraftParagraph> SPEECH = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全区教育工作会议上的讲话"),
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩，正视问题"),
            DraftParagraph.of(ParagraphLevel.BODY, "过去一年，累计投入资金XX亿元。"));

    @Test
    void savedDraftReopensWithTextAndLevels() throws Exception {
        loadParagraphs(SPEECH);
        clickOn("#speechArea");
        write("Z");
        assertTrue(stage.getTitle().startsWith("*"), "unsaved mark in the title: " + stage.getTitle());

        Path file = home.resolve("讲话.sdraft");
        dialogs.filesToSave.add(file);
        push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(Files.exists(file));
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        assertTrue(stage.getTitle().contains("讲话.sdraft"));
        List<DraftParagraph> saved = paragraphs();

        newBlankDraft();
        assertEquals("", area().plainText().text());
        dialogs.filesToOpen.add(file);
        push(KeyCode.CONTROL, KeyCode.O);
        assertEquals(saved, paragraphs());
        assertEquals(ParagraphLevel.HEADING_1, paragraphs().get(2).level());
        assertFalse(stage.getTitle().startsWith("*"));
    }

    @Test
    void anOpenedDraftShowsItsBeginningWithTheTitlesLevelTagInView() throws Exception {
        List<DraftParagraph> longSpeech = new java.util.ArrayList<>(SPEECH);
        for (int i = 0; i < 40; i++) {
            longSpeech.add(DraftParagraph.of(ParagraphLevel.BODY, "各级各部门要深入贯彻落实会议精神，确保各项任务落到实处。".repeat(3)));
        }
        loadParagraphs(longSpeech);
        Path file = home.resolve("长稿.sdraft");
        dialogs.filesToSave.add(file);
        push(KeyCode.CONTROL, KeyCode.S);
        newBlankDraft();

        dialogs.filesToOpen.add(file);
        push(KeyCode.CONTROL, KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.0, area().getEstimatedScrollY(), "scrolled to the top");
        javafx.scene.text.Text tag = lookup(".sd-gutter-tag").queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(t -> t.getText().equals("标题")).findFirst().orElseThrow();
        double visibleTop = area().localToScene(area().getLayoutBounds()).getMinY() + area().getPadding().getTop();
        assertTrue(tag.localToScene(tag.getBoundsInLocal()).getMinY() >= visibleTop, "the tag is not cut off at the top");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() {
        clickOn("#speechArea");
        write("draft");
        later(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(lookup(".dialog-pane").tryQuery().isPresent(), "a question appears");
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains(UiText.get("app.untitled")));
        clickOn(UiText.get("dialog.unsaved.cancel"));
        assertTrue(stage.isShowing());
        assertEquals("draft", area().plainText().text());

        later(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        clickOn(UiText.get("dialog.unsaved.discard"));
        assertFalse(stage.isShowing());
    }

    @Test
    void aFailedSaveReportsAndLeavesTheFileAsItWas() throws Exception {
        loadParagraphs(SPEECH);
        Path file = saveAsNewFile("讲话.sdraft");
        byte[] before = Files.readAllBytes(file);

        // The backup cannot be written (a folder is in its place), so the save must fail safely.
        Path backup = AtomicFileWriter.backupOf(file);
        Files.deleteIfExists(backup);
        Files.createDirectories(backup.resolve("blocker"));
        write("Z");
        later(() -> window.controller().save());
        assertTrue(lookup(".dialog-pane").tryQuery().isPresent(), "the failure is reported");
        dismissDialog();

        assertArrayEquals(before, Files.readAllBytes(file));
        assertTrue(stage.getTitle().startsWith("*"), "still unsaved");
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".tmp")), "no temp files left");
        }
    }

    @Test
    void aDraftFromANewerVersionIsRefusedWithAMessage() throws Exception {
        Path future = home.resolve("新版本.sdraft");
        Files.writeString(future, "{\"formatVersion\": 99, \"paragraphs\": []}");
        loadParagraphs(SPEECH);
        String before = area().plainText().text();
        dialogs.filesToOpen.add(future);
        later(() -> window.controller().session().load(future));
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("99"), pane.getContentText());
        dismissDialog();
        assertEquals(before, area().plainText().text(), "nothing was opened");
    }

    @Test
    void aBrokenDraftIsRefusedWithAMessage() throws Exception {
        Path broken = home.resolve("坏文件.sdraft");
        Files.writeString(broken, "{\"formatVersion\": 1, \"paragraphs\": [ {\"level\": ");
        later(() -> window.controller().session().load(broken));
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains(UiText.get("dialog.openFailed")));
        dismissDialog();
        assertEquals("", area().plainText().text());
    }

    @Test
    void savingOverAFileChangedBySomeoneElseAsksFirst() throws Exception {
        loadParagraphs(SPEECH);
        Path file = saveAsNewFile("讲话.sdraft");

        String colleagues = Files.readString(file).replace("同志们", "各位同事");
        Files.writeString(file, colleagues);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        write("Z");
        later(() -> window.controller().save());
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getHeaderText().contains("讲话.sdraft"));
        clickOn(UiText.get("dialog.changedOnDisk.cancel"));
        assertEquals(colleagues, Files.readString(file), "the colleague's version was not overwritten");
        assertTrue(stage.getTitle().startsWith("*"));
    }

    @Test
    void recentFilesAreRememberedAcrossStarts() throws Exception {
        loadParagraphs(SPEECH);
        Path file = saveAsNewFile("讲话.sdraft");
        var reloaded = new org.speechdraft.core.storage.SettingsStore(
                org.speechdraft.core.storage.AppHome.at(home)).load();
        assertEquals(file.toAbsolutePath().normalize(), reloaded.recentFiles().get(0).toAbsolutePath().normalize());
    }

    @Test
    void unsavedChangesAreAutosavedWhenTheWindowLosesFocus() throws Exception {
        clickOn("#speechArea");
        write("autosave me");
        interact(() -> window.controller().onWindowFocusLost());
        Path recovery = home.resolve("recovery");
        String saved = "";
        for (int i = 0; i < 50 && saved.isEmpty(); i++) {
            sleep(100);
            try (var files = Files.list(recovery)) {
                saved = files.filter(f -> f.getFileName().toString().endsWith("autosave"))
                        .map(DraftFileWindowTest::readQuietly).findFirst().orElse("");
            }
        }
        assertTrue(saved.contains("autosave me"), "autosave written: " + saved);

        dialogs.filesToSave.add(home.resolve("存档.sdraft"));
        push(KeyCode.CONTROL, KeyCode.S);
        try (var files = Files.list(recovery)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith("autosave")),
                    "a successful save removes the autosave");
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Ctrl+S on an untitled draft, answering the file chooser with a file in the data folder. */
    private Path saveAsNewFile(String name) {
        Path file = home.resolve(name);
        dialogs.filesToSave.add(file);
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.S);
        return file;
    }
}
