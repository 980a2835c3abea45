package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.check.CheckKind;
import org.speechdraft.core.check.Problem;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

class CheckWindowTest extends WindowTest {

    private static final List<DraftParagraph> DRAFT = List.of(
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、提高认识"),
            DraftParagraph.of(ParagraphLevel.BODY, "今天,我们的的任务是学习《条例。"),
            DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));

    @Test
    void aProblemIsShownInTheTextAndFixedInOneUndoStep() {
        loadParagraphs(DRAFT);
        waitForOutline();
        clickOn("#checkTab");
        assertTrue(labelText("checkSummary").contains("3 处问题"), labelText("checkSummary"));

        Problem comma = problems().stream().filter(p -> p.kind() == CheckKind.HALF_WIDTH_PUNCTUATION).findFirst().orElseThrow();
        interact(() -> list().getSelectionModel().select(comma));
        assertEquals(",", area().getSelectedText(), "the panel shows the problem in the text");
        clickOn("#checkFix");

        assertEquals("今天，我们的的任务是学习《条例。", paragraphs().get(2).text());
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("今天,我们的的任务是学习《条例。", paragraphs().get(2).text());
    }

    @Test
    void fixAllAppliesEverySafeFixAsOneStep() {
        loadParagraphs(DRAFT);
        waitForOutline();
        clickOn("#checkTab");

        clickOn("#checkFixAll");

        assertEquals("今天，我们的任务是学习《条例。", paragraphs().get(2).text(), "the unmatched 《 is left to the user");
        waitForOutline();
        assertEquals(1, problems().size());
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(DRAFT, paragraphs());
    }

    @Test
    void aCheckSwitchedOffLeavesTheList() {
        loadParagraphs(DRAFT);
        waitForOutline();
        clickOn("#checkTab");

        MenuButton menu = lookup("#checkOptions").queryAs(MenuButton.class);
        CheckMenuItem doubled = (CheckMenuItem) menu.getItems().stream()
                .filter(i -> ("check-" + CheckKind.DOUBLED.id()).equals(i.getId())).findFirst().orElseThrow();
        interact(() -> doubled.setSelected(false));
        waitForOutline();

        assertTrue(problems().stream().noneMatch(p -> p.kind() == CheckKind.DOUBLED), problems().toString());
        assertEquals(2, problems().size());
    }

    @Test
    void aProblemFollowsItsParagraphWhenALineIsAddedAbove() {
        loadParagraphs(DRAFT);
        waitForOutline();
        clickOn("#checkTab");
        interact(() -> {
            area().requestFocus();
            area().moveTo(area().editorPosition(1, 0));
        });

        push(KeyCode.ENTER);
        waitForOutline();

        assertEquals("今天,我们的的任务是学习《条例。", paragraphs().get(3).text());
        assertEquals(List.of(3, 3, 3), problems().stream().map(Problem::paragraph).toList(), problems().toString());
        Problem doubled = problems().stream().filter(p -> p.kind() == CheckKind.DOUBLED).findFirst().orElseThrow();
        interact(() -> list().getSelectionModel().select(doubled));
        assertEquals("的的", area().getSelectedText(), "the panel shows the problem where it now is");
    }

    @SuppressWarnings("unchecked")
    private ListView<Problem> list() {
        return lookup("#checkList").queryAs(ListView.class);
    }

    private List<Problem> problems() {
        return List.copyOf(list().getItems());
    }
}
