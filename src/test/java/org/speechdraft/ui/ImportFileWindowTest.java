package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.ui.placeholder.PlaceholderRow;

/** 打开 of a past speech: a noisy GBK text or a Word file through the import preview; hostile files refused. */
class ImportFileWindowTest extends ImportingWindowTest {

    @Test
    void aNoisyGbkTextIsPreviewedCleanedRuleByRuleAndImportedAsAStructuredDraft() throws Exception {
        dialogs.filesToOpen.add(ImportFixtures.gbkFile(home));
        later(() -> window.controller().open());
        waitForPreview();

        assertEquals(UiText.get("import.encoding.detected", "GB18030（GBK/GB2312）"), labelText("importEncoding"));
        assertEquals(16, rules().getItems().size(), "every rule is listed");
        assertEquals(1, rule("page-numbers").changes().size());
        assertEquals("删除 1 行", labelOf("#importRule-page-numbers"));
        assertEquals(UiText.get("import.rule.nothing"), labelOf("#importRule-contents"));
        assertEquals(UiText.get("import.rule.off"), labelOf("#importRule-traditional"), "off unless chosen");
        assertFalse(previewText().contains("- 2 -"), previewText());
        assertFalse(previewText().contains("(chǎn)"), "the pinyin is gone");

        clickOn("#importRule-page-numbers");
        waitForPreview();
        assertTrue(previewText().contains("- 2 -"), "switched off, the page number stays: " + previewText());
        assertEquals(UiText.get("import.rule.off"), labelOf("#importRule-page-numbers"));
        clickOn("#importRule-page-numbers");
        waitForPreview();
        assertFalse(previewText().contains("- 2 -"));

        clickOn(rowOf("site-navigation"));
        assertTrue(changeList().getItems().stream().anyMatch(c -> c.before().startsWith("您的当前位置")),
                "the removed breadcrumbs are listed under their rule");

        clickOn("#importAccept");
        assertFalse(previewIsOpen());
        List<DraftParagraph> draft = paragraphs();
        assertEquals(List.of(ImportFixtures.TITLE, "同志们：",
                        "今天召开全市秋冬季安全生产工作会议，主要任务是分析形势、部署工作。下面，我讲两点意见。",
                        "一、清醒认识当前安全生产形势", "今年以来，全市共排查整改隐患XX处，安全生產形势总体稳定。",
                        "二、扎实做好秋冬季重点工作", "各地各部门要压实责任，加强巡查，确保不发生较大事故。", "谢谢大家！"),
                texts());
        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SALUTATION, ParagraphLevel.BODY,
                ParagraphLevel.HEADING_1, ParagraphLevel.BODY, ParagraphLevel.HEADING_1, ParagraphLevel.BODY,
                ParagraphLevel.CLOSING), draft.stream().map(DraftParagraph::level).toList());
        assertEquals(ImportFixtures.TITLE, window.controller().session().currentDraft().meta().title());
        assertTrue(stage.getTitle().startsWith("*"), "an imported draft counts as unsaved: " + stage.getTitle());
        assertEquals(UiText.get("status.imported", "安全生产讲话.txt"), labelText("statusMessage"));

        waitForOutline();
        Set<String> listed = placeholderRows().stream().map(r -> r.first().text()).collect(Collectors.toSet());
        assertTrue(listed.contains("XX"), "the figure to fill is listed: " + listed);
    }

    @Test
    void aWronglyDetectedFileIsReopenedInAnotherEncodingAndCancellingChangesNothing() throws Exception {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "旧稿")));
        dialogs.filesToOpen.add(ImportFixtures.gbkFile(home));
        later(() -> window.controller().open());
        waitForPreview();
        assertTrue(previewText().contains("同志们："));

        chooseEncoding("Big5");
        waitForPreview();
        assertEquals(UiText.get("import.encoding.chosen", "Big5（繁体）"), labelText("importEncoding"));
        assertFalse(previewText().contains("同志们："), "read as Big5 the text is different: " + previewText());

        chooseEncoding("GB18030");
        waitForPreview();
        assertTrue(previewText().contains("同志们："));

        clickOn("#importCancel");
        assertFalse(previewIsOpen());
        assertEquals(List.of("旧稿"), texts(), "the open draft is untouched");
    }

    @Test
    void aWordDocumentKeepsItsHeadingLevelsAndBold() throws Exception {
        dialogs.filesToOpen.add(ImportFixtures.headingsDocx(home));
        later(() -> window.controller().open());
        waitForPreview();
        assertFalse(node("#importReopen").isVisible(), "a Word document has no encoding to choose");
        push(KeyCode.ENTER);
        assertFalse(previewIsOpen(), "Enter imports");

        List<DraftParagraph> draft = paragraphs();
        assertEquals(List.of("在全区防汛工作会议上的讲话", "同志们：", "防汛形势依然严峻", "汛期降雨明显偏多",
                "各单位要立足防大汛，做好各项准备。", "压实防汛责任", "谢谢大家！"), texts());
        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SALUTATION, ParagraphLevel.HEADING_1,
                ParagraphLevel.HEADING_2, ParagraphLevel.BODY, ParagraphLevel.HEADING_1, ParagraphLevel.CLOSING),
                draft.stream().map(DraftParagraph::level).toList());
        assertTrue(draft.get(4).runs().stream().anyMatch(r -> r.text().equals("立足防大汛") && r.style().bold()),
                draft.get(4).runs().toString());
        assertEquals(TextStyle.EMPTY, draft.get(4).runs().get(0).style());
    }

    @Test
    void notCleaningOpensTheTextAsItWas() throws Exception {
        dialogs.filesToOpen.add(ImportFixtures.gbkFile(home));
        later(() -> window.controller().open());
        waitForPreview();
        clickOn("#importAsRead");
        assertTrue(texts().contains("- 2 -"), texts().toString());
        assertEquals(ImportFixtures.NOISY_SPEECH.size(), texts().size(), "one paragraph per line");
    }

    @Test
    void hostileFilesAreRefusedWithAMessageAndTheDraftStaysAsItWas() throws Exception {
        List<DraftParagraph> before = List.of(DraftParagraph.of(ParagraphLevel.BODY, "正在写的讲话。"));
        loadParagraphs(before);
        String title = stage.getTitle();

        refused(ImportFixtures.randomBytesDocx(home), "不是有效的 Word 文档");
        refused(ImportFixtures.zipBombDocx(home), "异常巨大");
        long start = System.nanoTime();
        refused(ImportFixtures.hugeTextFile(home), "50");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a 50 MB file is refused at once");

        assertEquals(before, paragraphs());
        assertEquals(title, stage.getTitle());
        clickOn("#speechArea");
        write("好");
        assertTrue(texts().get(0).contains("好"), "the window still takes typing");
    }

    private void refused(Path file, String expected) {
        dialogs.filesToOpen.add(file);
        later(() -> window.controller().open());
        waitUntil("the error", () -> !previewIsOpen() && lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals(UiText.get("import.failed", file.getFileName()), alert().getHeaderText());
        assertTrue(alert().getContentText().contains(expected), alert().getContentText());
        dismissDialog();
    }

    private void chooseEncoding(String name) {
        ComboBox<Charset> box = lookup("#importReopen").queryComboBox();
        interact(() -> box.setValue(Charset.forName(name)));
    }

    private String labelOf(String checkBoxId) {
        javafx.scene.Node box = lookup(checkBoxId).query();
        return ((javafx.scene.control.Label) box.getParent().getChildrenUnmodifiable().get(2)).getText();
    }

    private javafx.scene.Node rowOf(String ruleId) {
        return lookup("#importRule-" + ruleId).query().getParent();
    }

    @SuppressWarnings("unchecked")
    private ListView<org.speechdraft.core.cleanup.CleanupChange> changeList() {
        return lookup("#importChanges").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private List<PlaceholderRow> placeholderRows() {
        return lookup("#placeholderList").queryAs(ListView.class).getItems();
    }
}
