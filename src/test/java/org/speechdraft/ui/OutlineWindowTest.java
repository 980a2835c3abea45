package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.testfx.util.WaitForAsyncUtils;

class OutlineWindowTest extends WindowTest {

    private static final List<DraftParagraph> SPEECH = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全区教育工作会议上的讲话"),
            DraftParagraph.of(ParagraphLevel.BODY, "下面，我讲三点意见。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩，正视问题"),
            DraftParagraph.of(ParagraphLevel.BODY, "成绩来之不易。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "二、明确目标，突出重点"),
            DraftParagraph.of(ParagraphLevel.BODY, "重点抓好三件事。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "三、加强领导，强化保障"),
            DraftParagraph.of(ParagraphLevel.BODY, "各级要压实责任。"));

    @Test
    void theOutlineShowsTheHeadingsAndAClickJumpsToOne() {
        loadParagraphs(SPEECH);
        waitForOutline();
        clickOn(cell("二、明确目标，突出重点"));
        assertEquals(4, area().getCurrentParagraph());
    }

    @Test
    void draggingASectionMovesItWithItsTextRenumbersAndUndoesInOneStep() {
        loadParagraphs(SPEECH);
        String before = area().plainText().text();
        waitForOutline();

        Node source = cell("三、加强领导，强化保障");
        Node target = cell("一、肯定成绩，正视问题");
        Bounds b = target.localToScreen(target.getBoundsInLocal());
        drag(source, MouseButton.PRIMARY).moveTo(target).moveTo(new javafx.geometry.Point2D(b.getMinX() + 30, b.getMinY() + 2)).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("在全区教育工作会议上的讲话", "下面，我讲三点意见。",
                        "一、加强领导，强化保障", "各级要压实责任。",
                        "二、肯定成绩，正视问题", "成绩来之不易。",
                        "三、明确目标，突出重点", "重点抓好三件事。"),
                texts());
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, area().plainText().text(), "one undo puts the section and the numbers back");
    }

    @Test
    void keyboardMovesTheCaretsSectionAndRenumbers() {
        loadParagraphs(SPEECH);
        clickOn("#speechArea");
        interact(() -> area().moveTo(area().editorPosition(5, 0))); // in 二、's body
        press(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP).release(KeyCode.UP, KeyCode.SHIFT, KeyCode.ALT);
        assertEquals("一、明确目标，突出重点", texts().get(2));
        assertEquals("重点抓好三件事。", texts().get(3));
        assertEquals("二、肯定成绩，正视问题", texts().get(4));
        assertEquals(ParagraphLevel.HEADING_1, paragraphs().get(2).level());
    }

    @Test
    void renumberFixesBrokenNumberingAsOneStep() {
        loadParagraphs(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "三、明确重点"),
                DraftParagraph.of(ParagraphLevel.BODY, "一是抓质量，二是抓安全，二是抓队伍。")));
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        assertEquals(List.of("一、肯定成绩", "二、明确重点", "一是抓质量，二是抓安全，三是抓队伍。"), texts());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("三、明确重点", texts().get(1));
    }

    @Test
    void deletingAWholeSectionRewritesTheNumbersThatFollow() {
        loadParagraphs(SPEECH);
        waitForOutline();
        clickOn("#speechArea");
        // Select 一、's heading and body, as a user would with the mouse or Shift+↓, and delete them.
        interact(() -> area().selectRange(area().editorPosition(2, 0), area().editorPosition(4, 0)));
        push(KeyCode.DELETE);
        waitForOutline();
        assertEquals(List.of("在全区教育工作会议上的讲话", "下面，我讲两点意见。",
                "一、明确目标，突出重点", "重点抓好三件事。", "二、加强领导，强化保障", "各级要压实责任。"), texts());
    }

    @Test
    void openingADraftWithBrokenNumberingLeavesItAsWritten() {
        loadParagraphs(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "三、明确重点")));
        waitForOutline();
        assertEquals(List.of("一、肯定成绩", "三、明确重点"), texts());
    }

    private List<String> texts() {
        return paragraphs().stream().map(DraftParagraph::text).toList();
    }

    private Node cell(String text) {
        return lookup(".sd-outline-cell").match(n -> n instanceof TreeCell<?> c && text.equals(c.getText())).query();
    }

    @Test
    void problemsAreMarkedOnTheirHeading() {
        loadParagraphs(List.of(
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "三、明确重点")));
        waitForOutline();
        Node gap = cell("三、明确重点");
        assertTrue(gap.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("problem")));
        assertTrue(labelText("outlineSummary").contains("编号问题"), labelText("outlineSummary"));
    }
}
