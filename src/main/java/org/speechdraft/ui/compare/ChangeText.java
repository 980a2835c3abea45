package org.speechdraft.ui.compare;

import org.speechdraft.core.compare.Change;
import org.speechdraft.ui.UiText;

/** A change as the list shows it: "第3段：“12”→“15”", paragraphs counted from 1 as in the text areas. */
final class ChangeText {

    /** Longer texts are cut: the list is for finding a change, the text areas show it whole. */
    private static final int SHOWN = 40;

    private ChangeText() {
    }

    static String describe(Change c) {
        String moved = c.moved() ? UiText.get("compare.change.moved") : "";
        if (c.wholeParagraph()) {
            return c.kind() == Change.Kind.DELETE
                    ? UiText.get("compare.change.onlyLeft", number(c.left().paragraph()), cut(c.left().text()), moved)
                    : UiText.get("compare.change.onlyRight", number(c.right().paragraph()), cut(c.right().text()), moved);
        }
        String paragraph = number(c.right().paragraph());
        return switch (c.kind()) {
            case CHANGE -> UiText.get("compare.change.change", paragraph, cut(c.left().text()), cut(c.right().text()));
            case DELETE -> UiText.get("compare.change.leftText", paragraph, cut(c.left().text()));
            case INSERT -> UiText.get("compare.change.rightText", paragraph, cut(c.right().text()));
        };
    }

    /** As a string: MessageFormat would write 1000 as "1,000". */
    private static String number(int paragraphIndex) {
        return String.valueOf(paragraphIndex + 1);
    }

    private static String cut(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
