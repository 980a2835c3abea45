package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * What a keystroke makes the renderer repaint stays cheap with software rendering (an office PC
 * without a usable GPU): no effect on the editor or around it (an effect is recomputed over the
 * whole node at every repaint inside it, caret blinks included), and the editor, the panes it
 * sits in and the lists that change while typing draw their background as one fill (several
 * layers are drawn from a stretched cached image). Measured by the typing benchmark; this test
 * keeps a stylesheet change from bringing the cost back unnoticed.
 */
class RepaintCostWindowTest extends WindowTest {

    @Test
    void theEditorAndThePanesAroundItRepaintWithoutEffectsOrLayeredBackgrounds() {
        clickOn("#checkTab");
        clickOn(area());
        write("同志们");
        List<Region> repainted = new ArrayList<>(ancestorsAndSelf(area()));
        repainted.addAll(lookup(n -> n instanceof TreeView<?> || n instanceof ListView<?>).queryAllAs(Region.class));
        assertFalse(repainted.isEmpty());
        for (Region region : repainted) {
            assertCheapToRepaint(region);
        }
        // a focused list keeps one fill (its focus shows in the border)
        Region outline = lookup(n -> n instanceof TreeView<?>).queryAs(Region.class);
        clickOn(outline);
        assertTrue(outline.isFocused());
        assertCheapToRepaint(outline);
    }

    private static List<Region> ancestorsAndSelf(Node node) {
        List<Region> regions = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r) {
                regions.add(r);
            }
            Node current = n;
            assertNull(current.getEffect(), () -> "an effect on " + current);
        }
        return regions;
    }

    private static void assertCheapToRepaint(Region region) {
        assertNull(region.getEffect(), () -> "an effect on " + region);
        int fills = region.getBackground() == null ? 0 : region.getBackground().getFills().size();
        assertTrue(fills <= 1, () -> region + " has a background of " + fills + " layers");
    }
}
