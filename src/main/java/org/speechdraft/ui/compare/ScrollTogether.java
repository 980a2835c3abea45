package org.speechdraft.ui.compare;

import java.util.function.Supplier;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.speechdraft.core.compare.Comparison;

/**
 * Keeps the two sides of a comparison at the same place: when the user scrolls one, the other
 * shows the corresponding paragraph at its top. Only the side under the mouse (or with the focus)
 * leads, so the other side's own move is not echoed back (paragraphs that only one side has map
 * to a neighbour, and the echo would jump). The left area shows the comparison's left version, or,
 * {@code swapped}, its right one.
 */
final class ScrollTogether {

    private final StyleClassedTextArea left;
    private final StyleClassedTextArea right;
    private final Supplier<Comparison> comparison;
    private final boolean swapped;
    private boolean moving;

    ScrollTogether(StyleClassedTextArea left, StyleClassedTextArea right, Supplier<Comparison> comparison,
                   boolean swapped) {
        this.left = left;
        this.right = right;
        this.comparison = comparison;
        this.swapped = swapped;
        left.estimatedScrollYProperty().addListener((obs, o, n) -> follow(left, right, true));
        right.estimatedScrollYProperty().addListener((obs, o, n) -> follow(right, left, false));
    }

    /** Runs {@code move} (which scrolls the areas) without one area following the other. */
    void quietly(Runnable move) {
        boolean was = moving;
        moving = true;
        try {
            move.run();
        } finally {
            moving = was;
        }
    }

    /** The first paragraph shown, or 0 before the area is laid out. */
    int firstVisible(StyleClassedTextArea area) {
        try {
            return area.firstVisibleParToAllParIndex();
        } catch (RuntimeException notLaidOut) {
            return 0;
        }
    }

    private void follow(StyleClassedTextArea scrolled, StyleClassedTextArea other, boolean fromLeft) {
        boolean userScrolls = scrolled.isFocused() || scrolled.getParent() != null && scrolled.getParent().isHover();
        if (moving || !userScrolls) {
            return;
        }
        int top = firstVisible(scrolled);
        Comparison c = comparison.get();
        int target = fromLeft != swapped ? c.rightParagraphFor(top) : c.leftParagraphFor(top);
        target = Math.max(0, Math.min(target, other.getParagraphs().size() - 1));
        if (firstVisible(other) != target) {
            int at = target;
            quietly(() -> other.showParagraphAtTop(at));
        }
    }
}
