package org.speechdraft.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** JavaFX's ideograph check is made cheap for the editor, and Chinese text lays out as before. */
class IdeographCheckTest extends ApplicationTest {

    private Pane root;

    @Override
    public void start(Stage stage) {
        root = new Pane();
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    void theEditorMakesTheCheckCheap() {
        interact(SpeechEditorView::new);
        assertTrue(IdeographCheck.accessible(), "JavaFX's check still finds its caller at every character");
    }

    @Test
    void chineseTextStillWrapsBetweenAnyTwoCharacters() {
        IdeographCheck.skipAccessCheck();
        assertTrue(IdeographCheck.accessible());
        String ten = "各级各部门要深入贯彻";
        double[] heights = new double[2];
        interact(() -> {
            Font font = Font.font(20);
            double width = layoutWidth(ten, font);
            heights[0] = heightAt(ten, font, width + 1);
            heights[1] = heightAt(ten.repeat(4), font, width + 1);
        });
        assertEquals(4, heights[1] / heights[0], 0.05, "40 characters in a line for 10 are four lines");
    }

    private double layoutWidth(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private double heightAt(String text, Font font, double width) {
        Text t = new Text(text);
        t.setFont(font);
        TextFlow flow = new TextFlow(t);
        root.getChildren().setAll(flow);
        return flow.prefHeight(width);
    }
}
