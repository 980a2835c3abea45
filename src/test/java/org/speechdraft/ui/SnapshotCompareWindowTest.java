package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.storage.DraftCodec;

class SnapshotCompareWindowTest extends WindowTest {

    private static final List<DraftParagraph> DRAFT = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全市教育工作会议上的讲话"),
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.BODY, "今年全市投入资金12亿元，新建学校3所。"),
            DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));

    /** Takes a snapshot through the menu command, typing its name. */
    private void takeSnapshot(String name) {
        later(() -> window.controller().takeSnapshot());
        clickOn("#snapshotName");
        push(KeyCode.CONTROL, KeyCode.A);
        write(name);
        push(KeyCode.ENTER);
    }

    /** Replaces {@code old} by {@code replacement} in paragraph 2, as the user would by typing. */
    private void edit(String old, String replacement) {
        interact(() -> {
            int start = area().getAbsolutePosition(2, area().getParagraph(2).getText().indexOf(old));
            area().selectRange(start, start + old.length());
            area().replaceSelection(replacement);
            area().getUndoManager().preventMerge();
        });
    }

    private void openSnapshots() {
        later(() -> window.controller().showSnapshots());
    }

    @SuppressWarnings("unchecked")
    private ListView<Change> changeList() {
        return lookup("#compareChanges").queryAs(ListView.class);
    }

    private List<String> changes() {
        return changeList().getItems().stream().map(c -> c.left().text() + "→" + c.right().text()).toList();
    }

    private List<Snapshot> snapshots() {
        return window.controller().session().snapshots().list();
    }

    @Test
    void aSnapshotIsTakenTheTextChangedComparedAndTheChangeAcceptedOrRejected() {
        loadParagraphs(DRAFT);
        takeSnapshot("初稿");
        assertEquals(List.of("初稿"), snapshots().stream().map(Snapshot::name).toList());
        assertTrue(stage.getTitle().startsWith("*"), "a new snapshot is a change to save");

        edit("12", "15");
        edit("3所", "5所");
        openSnapshots();
        clickOn("#snapshotCompareDraft");

        assertEquals(List.of("12→15", "3→5"), changes());
        assertTrue(changeList().getItems().stream().map(c -> c.right().paragraph()).allMatch(p -> p == 2));
        clickOn(lookup("#compareChanges .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        clickOn("#compareAccept");
        assertEquals("今年全市投入资金12亿元，新建学校5所。", paragraphs().get(2).text(), "the snapshot's figure is back");
        assertEquals(List.of("3→5"), changes());

        clickOn("#compareReject");
        assertEquals("今年全市投入资金12亿元，新建学校5所。", paragraphs().get(2).text(), "rejecting keeps the draft's text");
        assertTrue(changes().isEmpty());
        assertTrue(lookup("#compareAcceptAll").queryButton().isDisabled());

        interact(() -> area().undo());
        sleep(600);
        assertEquals("今年全市投入资金15亿元，新建学校5所。", paragraphs().get(2).text(), "accepting was one undo step");
        assertEquals(List.of("12→15"), changes(), "the comparison follows the editor; the rejected change stays rejected");
        clickOn("#compareClose");
    }

    @Test
    void restoringASnapshotIsOneUndoStepAndKeepsTheTextItReplaced() {
        loadParagraphs(DRAFT);
        takeSnapshot("初稿");
        edit("12", "15");
        edit("3所", "5所");
        List<DraftParagraph> edited = paragraphs();

        openSnapshots();
        @SuppressWarnings("unchecked")
        TableView<Snapshot> table = lookup("#snapshotTable").queryAs(TableView.class);
        assertEquals("初稿", table.getSelectionModel().getSelectedItem().name());
        clickOn("#snapshotRestore");

        assertEquals(DRAFT, paragraphs());
        assertEquals(2, snapshots().size());
        Snapshot automatic = snapshots().get(1);
        assertTrue(automatic.automatic() && automatic.name().startsWith("自动：恢复快照前"), automatic.name());
        assertEquals(edited, automatic.paragraphs());

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(edited, paragraphs(), "one Ctrl+Z undoes the restore");
    }

    @Test
    void snapshotsAreSavedWithTheDraftAndComeBackWhenItIsOpened() throws Exception {
        loadParagraphs(DRAFT);
        takeSnapshot("初稿");
        edit("12", "15");
        takeSnapshot("局长修改稿");
        Path file = home.resolve("教育讲话.sdraft");
        dialogs.filesToSave.add(file);
        push(KeyCode.CONTROL, KeyCode.S);
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());

        newBlankDraft();
        assertTrue(snapshots().isEmpty());
        dialogs.filesToOpen.add(file);
        push(KeyCode.CONTROL, KeyCode.O);

        assertEquals(List.of("初稿", "局长修改稿"), snapshots().stream().map(Snapshot::name).toList());
        assertEquals(DRAFT, snapshots().get(0).paragraphs());
        assertEquals(2, new DraftCodec().read(file).snapshots().size());
    }

    @Test
    void twoSnapshotsAreComparedOlderLeftAndCannotBeAccepted() {
        loadParagraphs(DRAFT);
        takeSnapshot("初稿");
        edit("12", "15");
        takeSnapshot("二稿");
        openSnapshots();
        @SuppressWarnings("unchecked")
        TableView<Snapshot> table = lookup("#snapshotTable").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().selectAll());
        clickOn("#snapshotCompareTwo");

        assertEquals(List.of("12→15"), changes(), "the older snapshot is on the left");
        clickOn(lookup("#compareChanges .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertTrue(lookup("#compareAccept").queryAs(Button.class).isDisabled());
        assertTrue(lookup("#compareAcceptAll").queryAs(Button.class).isDisabled());
        clickOn("#compareClose");
    }

    @Test
    void theLeadersEditedCopyIsComparedAndAllOfItAccepted() throws Exception {
        loadParagraphs(DRAFT);
        Path leaders = home.resolve("局长修改稿.txt");
        Files.writeString(leaders, "在全市教育工作会议上的讲话\n同志们：\n今年全市投入资金12.5亿元，新建学校3所。\n"
                + "会后要抓好落实。\n谢谢大家！\n", StandardCharsets.UTF_8);
        dialogs.filesToCompare.add(leaders);

        openSnapshots();
        clickOn("#snapshotCompareFile");
        assertEquals(List.of("12.5→12", "会后要抓好落实。→"), changes(), "the file on the left, the draft on the right");

        clickOn("#compareAcceptAll");
        assertEquals("今年全市投入资金12.5亿元，新建学校3所。", paragraphs().get(2).text());
        assertEquals("会后要抓好落实。", paragraphs().get(3).text());
        assertEquals(ParagraphLevel.CLOSING, paragraphs().get(4).level(), "levels of the draft are kept");
        assertTrue(changes().isEmpty());
        clickOn("#compareClose");
    }

    @Test
    void importingFiguresKeepsAnAutomaticSnapshotOfTheTextBefore() throws Exception {
        List<DraftParagraph> draft = List.of(DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金XX亿元。"));
        loadParagraphs(draft);
        waitForOutline();
        Path csv = home.resolve("数据.csv");
        Files.writeString(csv, "字段,数值\n投入资金,12.5\n");
        dialogs.valueFiles.add(csv);

        later(() -> lookup("#placeholderImport").queryButton().fire());
        dismissDialog();

        assertEquals("全年投入资金12.5亿元。", paragraphs().get(0).text());
        assertEquals(1, snapshots().size());
        assertTrue(snapshots().get(0).name().startsWith("自动：导入数据前"), snapshots().get(0).name());
        assertEquals(draft, snapshots().get(0).paragraphs());
    }

    @Test
    void restoringACrashesTextKeepsTheSavedTextAsAnAutomaticSnapshot() throws Exception {
        Path file = home.resolve("教育讲话.sdraft");
        new DraftCodec().write(file, org.speechdraft.core.model.Draft.of(DRAFT));
        List<DraftParagraph> recovered = List.of(DraftParagraph.of(ParagraphLevel.BODY, "崩溃前还没保存的文字。"));

        interact(() -> window.controller().session().restore(org.speechdraft.core.model.Draft.of(recovered), file));

        assertEquals(recovered, paragraphs());
        assertEquals(1, snapshots().size());
        assertTrue(snapshots().get(0).name().startsWith("自动：恢复自动保存前"), snapshots().get(0).name());
        assertEquals(DRAFT, snapshots().get(0).paragraphs());
    }
}
