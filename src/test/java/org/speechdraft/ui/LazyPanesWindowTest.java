package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The window opens without the panes many sessions never use — the find bar, the 校对 list, the
 * calendar for dates and the list of filled figures — since every node in the scene is styled and
 * skinned at start-up, shown or not (measured by the start-up benchmark); each one is there and
 * shown the first time the user asks for it.
 */
class LazyPanesWindowTest extends WindowTest {

    private static final List<String> BUILT_WHEN_NEEDED = List.of("#findQuery", "#checkList", "#placeholderDate",
            "#placeholderFilledList");

    @Test
    void rarelyUsedPanesAreBuiltTheFirstTimeTheyAreOpened() {
        for (String pane : BUILT_WHEN_NEEDED) {
            assertTrue(lookup(pane).tryQuery().isEmpty(), () -> pane + " was built at start-up");
        }

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.F);
        assertShown("#findQuery");
        clickOn("#checkTab");
        assertShown("#checkList");
        clickOn("#placeholderTab");
        clickOn("#placeholderFilledPane");
        assertShown("#placeholderFilledList");
    }

    private void assertShown(String id) {
        Node node = lookup(id).query();
        assertTrue(node.isVisible() && node.getScene() != null && node.getLayoutBounds().getHeight() > 0,
                () -> id + " is not shown");
    }
}
