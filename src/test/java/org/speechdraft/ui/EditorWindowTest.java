package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

class EditorWindowTest extends WindowTest {

    @Test
    void typingAndLevelShortcutsBuildAStructuredSpeech() {
        clickOn("#speechArea");
        write("Title");
        push(KeyCode.CONTROL, KeyCode.T);
        push(KeyCode.ENTER);
        write("Date");
        push(KeyCode.ENTER);
        write("Greeting");
        push(KeyCode.ENTER);
        write("Section one");
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        push(KeyCode.ENTER);
        write("Body text");
        push(KeyCode.ENTER);
        write("Point");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);

        List<DraftParagraph> ps = paragraphs();
        assertEquals(List.of("Title", "Date", "Greeting", "Section one", "Body text", "Point"),
                ps.stream().map(DraftParagraph::text).toList());
        // Enter after the title continues with the time line, then the salutation, then body text.
        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SUBTITLE, ParagraphLevel.SALUTATION,
                        ParagraphLevel.HEADING_1, ParagraphLevel.BODY, ParagraphLevel.HEADING_2),
                ps.stream().map(DraftParagraph::level).toList());
        @SuppressWarnings("unchecked")
        ComboBox<ParagraphLevel> levelBox = lookup("#levelBox").queryAs(ComboBox.class);
        assertEquals(ParagraphLevel.HEADING_2, levelBox.getValue());

        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(ParagraphLevel.BODY, paragraphs().get(5).level());
        waitForOutline();
        assertTrue(labelText("statusSection").contains("Section one"), labelText("statusSection"));
    }

    @Test
    void levelBoxSetsTheLevelOfTheCaretParagraphAsOneUndoStep() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "一、肯定成绩，正视问题")));
        clickOn("#speechArea");
        @SuppressWarnings("unchecked")
        ComboBox<ParagraphLevel> levelBox = lookup("#levelBox").queryAs(ComboBox.class);
        interact(() -> {
            levelBox.getSelectionModel().select(ParagraphLevel.HEADING_1);
        });
        assertEquals(ParagraphLevel.HEADING_1, paragraphs().get(0).level());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(ParagraphLevel.BODY, paragraphs().get(0).level());
        assertEquals("一、肯定成绩，正视问题", paragraphs().get(0).text());
    }

    @Test
    void undoAndRedoFollowTheUser() {
        clickOn("#speechArea");
        write("abc");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", area().plainText().text());
        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("abc", area().plainText().text());
    }

    @Test
    void pinyinCompositionShowsInPlaceAndCommitsAsOneEdit() {
        clickOn("#speechArea");
        write("A");
        interact(() -> Event.fireEvent(area(), ImeEvents.composing("tong")));
        assertEquals("Atong", area().plainText().text(), "composed text is shown while composing");
        interact(() -> Event.fireEvent(area(), ImeEvents.composing("tongzhi")));
        assertEquals("Atongzhi", area().plainText().text());
        interact(() -> Event.fireEvent(area(), ImeEvents.committed("同志们")));
        assertEquals("A同志们", area().plainText().text());
        assertEquals(4, area().plainText().textOffset(area().getCaretPosition()), "caret after the committed text");

        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("A", area().plainText().text(), "the commit is one undo step and composing left no trace");
    }

    @Test
    void theEditorShowsAVerticalScrollBarAlwaysAndWrapsLongLinesInsteadOfScrollingSideways() {
        clickOn(area());
        write("同志们：");
        List<ScrollBar> bars = lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getParent() == area().getParent()).toList();
        assertEquals(2, bars.size());
        ScrollBar vertical = bars.stream().filter(bar -> bar.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow();
        ScrollBar horizontal = bars.stream().filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL).findFirst().orElseThrow();
        assertTrue(vertical.isVisible(), "a one-line draft shows the vertical bar, as Word does");
        assertFalse(horizontal.isVisible());

        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "各级各部门要深入贯彻落实会议精神".repeat(60))));
        assertFalse(horizontal.isVisible(), "a long paragraph wraps");
        assertTrue(area().getParagraphLinesCount(0) > 10);
    }

    @Test
    void statusBarCountsCharactersAndParagraphs() {
        loadParagraphs(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.BODY, "投入资金 12 亿元。"),
                DraftParagraph.of(ParagraphLevel.BODY, "")));
        // 一肯定成绩 (5) + 投入资金12亿元 (8): punctuation and spaces are not counted.
        assertEquals(UiText.get("status.chars", 13), labelText("statusChars"));
        assertEquals(UiText.get("status.paragraphs", 2), labelText("statusParagraphs"));
        clickOn("#speechArea");
        interact(() -> area().moveTo(area().getLength()));
        write("AB");
        assertEquals(UiText.get("status.chars", 15), labelText("statusChars"));
        assertEquals(UiText.get("status.paragraphs", 3), labelText("statusParagraphs"));
        waitForOutline();
        assertTrue(labelText("statusSection").contains("一、肯定成绩"), labelText("statusSection"));
    }

    @Test
    void pasteFromAWebPageGivesCleanParagraphs() {
        clickOn("#speechArea");
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("\u3000\u3000同志们：\r\n\r\n\u00a0\u00a0今天召开会议。\r\n\r\n一、肯定成绩\r\n");
            Clipboard.getSystemClipboard().setContent(content);
        });
        push(KeyCode.CONTROL, KeyCode.V);
        assertEquals(List.of("同志们：", "今天召开会议。", "一、肯定成绩"),
                paragraphs().stream().map(DraftParagraph::text).toList());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("", area().plainText().text(), "a paste is one undo step");
    }

    @Test
    void boldAndHighlightApplyToTheSelection() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "重点强调")));
        clickOn("#speechArea");
        interact(() -> area().selectRange(area().editorPosition(0, 0), area().editorPosition(0, 2)));
        push(KeyCode.CONTROL, KeyCode.B);
        var runs = paragraphs().get(0).runs();
        assertTrue(runs.get(0).style().bold());
        assertEquals("重点", runs.get(0).text());
        assertFalse(runs.get(1).style().bold());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        assertTrue(paragraphs().get(0).runs().get(0).style().highlight());
    }
}
