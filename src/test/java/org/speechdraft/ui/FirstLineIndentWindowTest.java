package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.testfx.util.WaitForAsyncUtils;

/** 正文, headings and 结束语 start their first line two characters in, as Word shows 公文; editing goes by the text. */
class FirstLineIndentWindowTest extends WindowTest {

    /** Two characters of 三号 (16pt) in pixels. */
    private static final double TWO_CHARACTERS = 2 * 16 * 96 / 72.0;
    private static final String LONG = "各级各部门要深入贯彻落实会议精神，切实把思想和行动统一到决策部署上来。".repeat(4);

    private void loadSpeech() {
        loadParagraphs(List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全区工作会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, LONG),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.SIGNATURE, "区人民政府")));
    }

    private Bounds charBounds(int paragraph, int column) {
        return onFx(() -> {
            int at = area().editorPosition(paragraph, column);
            return area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
        });
    }

    /** The column where the paragraph's second line starts. */
    private int secondLineStart(int paragraph) {
        double firstLineBottom = charBounds(paragraph, 0).getMaxY();
        for (int c = 1; c < area().textLength(paragraph); c++) {
            if (charBounds(paragraph, c).getMinY() >= firstLineBottom) {
                return c;
            }
        }
        throw new AssertionError("the paragraph fits on one line");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, task);
    }

    /** The editor focused, the caret at a column of the draft's text. */
    private void caretAt(int paragraph, int column) {
        clickOn("#speechArea");
        interact(() -> area().moveTo(area().editorPosition(paragraph, column)));
    }

    /** The bounds (of a selection, a mark) lie on the characters {@code first..last} of the paragraph. */
    private void assertOnCharacters(Bounds bounds, int paragraph, int first, int last) {
        assertEquals(charBounds(paragraph, first).getMinX(), bounds.getMinX(), 1.5);
        assertEquals(charBounds(paragraph, last).getMaxX(), bounds.getMaxX(), 1.5);
    }

    /** Lets the editor's next pulse run (the caret is kept off the indents before each pulse's layout). */
    private void afterAPulse() {
        CountDownLatch pulse = new CountDownLatch(1);
        Runnable counted = pulse::countDown;
        interact(() -> {
            area().getScene().addPostLayoutPulseListener(counted);
            Platform.requestNextPulse();
        });
        try {
            assertTrue(pulse.await(5, TimeUnit.SECONDS), "a pulse");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        interact(() -> area().getScene().removePostLayoutPulseListener(counted));
    }

    @Test
    void onlyTheFirstLineOfABodyParagraphStartsTwoCharactersIn() {
        loadSpeech();
        Bounds first = charBounds(2, 0);
        Bounds secondLine = charBounds(2, secondLineStart(2));
        Bounds salutation = charBounds(1, 0);
        assertEquals(TWO_CHARACTERS, first.getMinX() - secondLine.getMinX(), 1.0, "first line two characters in");
        assertEquals(TWO_CHARACTERS, first.getMinX() - salutation.getMinX(), 1.0, "against the flush-left 称呼");
        assertEquals(salutation.getMinX(), secondLine.getMinX(), 1.0, "further lines at the margin");
        assertEquals(first.getMinX(), charBounds(3, 0).getMinX(), 1.0, "a heading is indented too");
    }

    @Test
    void aClickJustRightOfTheIndentPutsTheCaretBeforeTheFirstCharacter() {
        loadSpeech();
        Bounds first = charBounds(2, 0);
        clickOn(first.getMinX() + 2, first.getCenterY(), MouseButton.PRIMARY);
        afterAPulse();
        assertEquals(area().editorPosition(2, 0), area().getCaretPosition());

        clickOn(first.getMinX() - TWO_CHARACTERS + 3, first.getCenterY(), MouseButton.PRIMARY);
        afterAPulse();
        assertEquals(area().editorPosition(2, 0), area().getCaretPosition(), "a click on the indent itself too");
        Bounds caret = onFx(() -> area().getCaretBounds().orElseThrow());
        assertEquals(first.getMinX(), caret.getCenterX(), 1.5, "the caret is drawn at the text, not at the margin");
    }

    @Test
    void aSelectionCoversTheCharactersItSelectsAndCopiesNoIndent() {
        loadSpeech();
        interact(() -> area().selectRange(area().editorPosition(1, 2), area().editorPosition(2, 4)));
        assertEquals("们：\n各级各部", area().getSelectedText());
        interact(() -> area().copy());
        assertEquals("们：\n各级各部", onFx(() -> Clipboard.getSystemClipboard().getString()));

        interact(() -> area().selectRange(area().editorPosition(2, 0), area().editorPosition(2, 2)));
        assertOnCharacters(onFx(() -> area().getSelectionBounds().orElseThrow()), 2, 0, 1);
    }

    @Test
    void aPinyinCommitAtTheParagraphsStartLandsBeforeItsFirstCharacter() {
        loadSpeech();
        caretAt(2, 0);
        interact(() -> Event.fireEvent(area(), ImeEvents.composing("tongzhi")));
        assertEquals("tongzhi" + LONG, paragraphs().get(2).text(), "composed text is shown in place");
        interact(() -> Event.fireEvent(area(), ImeEvents.committed("同志")));
        assertEquals("同志" + LONG, paragraphs().get(2).text());
        assertEquals(area().editorPosition(2, 2), area().getCaretPosition());
        Bounds committedAt = charBounds(2, 0);
        assertEquals(charBounds(3, 0).getMinX(), committedAt.getMinX(), 1.0, "the committed text is indented");
    }

    @Test
    void findSelectsTheMatchInAnIndentedParagraph() {
        loadSpeech();
        clickOn("#speechArea");
        interact(() -> area().moveTo(0));
        push(KeyCode.CONTROL, KeyCode.F);
        write("贯彻落实");
        assertEquals("贯彻落实", area().getSelectedText());
        assertEquals(area().editorPosition(2, LONG.indexOf("贯彻落实")), area().getSelection().getStart());
    }

    @Test
    void theDraftHasNoIndentsAndOneUndoUndoesOneEdit() {
        loadSpeech();
        caretAt(3, 0);
        write("AB");
        assertEquals("AB一、肯定成绩", paragraphs().get(3).text());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("一、肯定成绩", paragraphs().get(3).text(), "typing at a paragraph's start is one undo step");

        push(KeyCode.BACK_SPACE);
        assertEquals(List.of("在全区工作会议上的讲话", "同志们：", LONG + "一、肯定成绩", "区人民政府"),
                paragraphs().stream().map(DraftParagraph::text).toList(), "Backspace before the text joins the paragraphs");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(ParagraphLevel.HEADING_1, paragraphs().get(3).level());

        interact(() -> area().moveTo(area().editorPosition(3, 2)));
        push(KeyCode.CONTROL, KeyCode.DIGIT0);
        push(KeyCode.CONTROL, KeyCode.T);
        assertEquals(ParagraphLevel.TITLE, paragraphs().get(3).level());
        assertEquals(area().editorPosition(3, 2), area().getCaretPosition(), "the caret stays in the text");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(ParagraphLevel.BODY, paragraphs().get(3).level(), "a level change is one undo step");

        for (DraftParagraph p : area().draftParagraphs()) {
            assertFalse(p.text().indexOf('\uFFFC') >= 0, p.text());
        }
        assertFalse(area().plainText().text().indexOf('\uFFFC') >= 0);
    }

    @Test
    void theSavedDraftHasNoIndents() throws Exception {
        loadSpeech();
        caretAt(2, 0);
        write("Z");
        Path file = home.resolve("讲话.sdraft");
        dialogs.filesToSave.add(file);
        push(KeyCode.CONTROL, KeyCode.S);
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("Z" + LONG.substring(0, 10)), "the text is saved as typed");
        assertFalse(saved.contains("\uFFFC") || saved.toLowerCase(java.util.Locale.ROOT).contains("\\ufffc"), saved);
    }

    @Test
    void aFigureToFillAtAParagraphsStartIsMarkedOnItsCharacters() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.TITLE, "讲话"),
                DraftParagraph.of(ParagraphLevel.BODY, "XX个项目已经完工。")));
        waitForOutline();
        Bounds mark = onFx(() -> {
            Node path = lookup(".sd-placeholder-mark").query();
            return path.localToScreen(path.getBoundsInLocal());
        });
        assertOnCharacters(mark, 1, 0, 1);
    }

    @Test
    void homeAndLeftKeepOffTheIndent() {
        loadSpeech();
        caretAt(2, 3);
        push(KeyCode.HOME);
        afterAPulse();
        assertEquals(area().editorPosition(2, 0), area().getCaretPosition(), "Home goes to the text's start");
        push(KeyCode.LEFT);
        afterAPulse();
        assertEquals(area().editorPosition(1, area().textLength(1)), area().getCaretPosition(),
                "Left from there goes to the end of the paragraph before");
        push(KeyCode.RIGHT);
        afterAPulse();
        assertEquals(area().editorPosition(2, 0), area().getCaretPosition(), "and Right back to the text's start");
    }
}
