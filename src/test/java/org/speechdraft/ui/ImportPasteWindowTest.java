package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** Noise pasted from the web is offered the clean-up; 清理文本 cleans the open draft; each is one undo step. */
class ImportPasteWindowTest extends ImportingWindowTest {

    @Test
    void aNoisyPasteShowsTheBarAndCleaningIsOneUndoStep() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.TITLE, "讲话"), DraftParagraph.of(ParagraphLevel.BODY, "")));
        interact(() -> area().moveTo(area().editorPosition(1, 0)));
        putOnClipboard(ImportFixtures.noisyText());
        clickOn("#speechArea");
        interact(() -> area().moveTo(area().editorPosition(1, 0)));
        push(KeyCode.CONTROL, KeyCode.V);
        List<String> pasted = texts();
        assertTrue(pasted.contains("- 2 -"), "the paste itself is as before: one paragraph per line");

        waitUntil("the bar", () -> node("#pasteBar").isVisible());
        assertTrue(labelText("pasteMessage").startsWith("粘贴的文字含有网页或 PDF 杂质（"), labelText("pasteMessage"));
        clickOn("#pasteClean");

        assertFalse(node("#pasteBar").isVisible());
        assertEquals("讲话", texts().get(0), "the text before the paste is untouched");
        assertEquals(ImportFixtures.TITLE, texts().get(1));
        assertFalse(texts().contains("- 2 -"), texts().toString());
        assertFalse(texts().stream().anyMatch(t -> t.contains("当前位置") || t.contains("隐藏内容") || t.contains("(chǎn)")),
                texts().toString());
        assertTrue(texts().contains("谢谢大家！"));

        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(pasted, texts(), "one Ctrl+Z brings the paste back as it was");
    }

    @Test
    void aCleanPasteShowsNoBarAndIgnoringLeavesThePaste() {
        putOnClipboard("\u3000\u3000同志们：\r\n\r\n\u3000\u3000今天召开会议。\r\n");
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.V);
        sleep(300);
        assertFalse(node("#pasteBar").isVisible(), "nothing to clean in text from Word");

        putOnClipboard("今年完成投资12亿元。\n- 3 -\n");
        push(KeyCode.CONTROL, KeyCode.V);
        waitUntil("the bar", () -> node("#pasteBar").isVisible());
        clickOn("#pasteIgnore");
        assertFalse(node("#pasteBar").isVisible());
        assertTrue(texts().contains("- 3 -"), "ignored: the paste stays");
    }

    @Test
    void cleaningTheOpenDraftKeepsBoldAndLevelsAndIsOneUndoStep() {
        DraftParagraph bold = new DraftParagraph(ParagraphLevel.BODY, List.of(new StyledRun("要", TextStyle.EMPTY),
                new StyledRun("压实责任", TextStyle.EMPTY.withBold(true)), new StyledRun("。", TextStyle.EMPTY)));
        List<DraftParagraph> draft = List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全县安全生产会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.BODY, "本文链接：https://www.example.cn/a/1.html"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、提高认识"),
                bold,
                DraftParagraph.of(ParagraphLevel.BODY, "- 2 -"),
                DraftParagraph.of(ParagraphLevel.BODY, "今年要排查隐患XX处, 整改率要达到百分之百。"));
        loadParagraphs(draft);

        later(() -> window.controller().cleanText());
        waitForPreview();
        assertFalse(lookup("#importAsRead").tryQuery().isPresent(), "the open draft has nothing to open as it was");
        assertFalse(node("#importReopen").isVisible());
        clickOn("#importAccept");

        assertEquals(List.of(draft.get(0), draft.get(2), bold,
                DraftParagraph.of(ParagraphLevel.BODY, "今年要排查隐患XX处，整改率要达到百分之百。")), paragraphs());
        assertTrue(stage.getTitle().startsWith("*"));
        var snapshots = window.controller().session().currentDraft().snapshots();
        assertEquals(1, snapshots.size(), "the text as it was is kept as a snapshot");
        assertTrue(snapshots.get(0).automatic() && snapshots.get(0).name().contains("清理文本"), snapshots.get(0).name());
        assertEquals(draft, snapshots.get(0).paragraphs());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(draft, paragraphs(), "one Ctrl+Z undoes the clean-up");
    }

    private void putOnClipboard(String text) {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
