package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

class FindReplaceWindowTest extends WindowTest {

    @Test
    void findCountsMatchesAndReplaceAllIsOneUndoStep() {
        loadParagraphs(List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全区教育工作会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.BODY, "投入资金XX亿元，新建XX所学校。"),
                DraftParagraph.of(ParagraphLevel.BODY, "培训教师XX名。")));
        String original = area().plainText().text();
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.F);
        write("XX");
        // Jumping to a match in another paragraph must not pull the typing into the text.
        assertEquals("XX", lookup("#findQuery").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals(original, area().plainText().text());
        assertEquals(UiText.get("find.count", 1, 3), labelText("findCount"));
        clickOn("#findNext");
        assertEquals(UiText.get("find.count", 2, 3), labelText("findCount"));
        assertEquals("XX", area().getSelectedText());
        clickOn("#findPrevious");
        assertEquals(UiText.get("find.count", 1, 3), labelText("findCount"));

        push(KeyCode.CONTROL, KeyCode.H);
        write("XX");
        clickOn("#replaceText");
        write("12");
        clickOn("#replaceAll");
        assertEquals("在全区教育工作会议上的讲话\n投入资金12亿元，新建12所学校。\n培训教师12名。", area().plainText().text());
        assertEquals(UiText.get("find.replaced", 3), labelText("findCount"));

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(original, area().plainText().text(), "one undo restores every replacement");
    }
}
