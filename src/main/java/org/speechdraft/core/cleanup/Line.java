package org.speechdraft.core.cleanup;

import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * A line on its way through the rules: its paragraph (text with character styles) and the number
 * of the input line it came from, which the report gives as its position.
 */
record Line(DraftParagraph paragraph, int origin) {

    static Line plain(String text, int origin) {
        return new Line(DraftParagraph.of(ParagraphLevel.BODY, text), origin);
    }

    String text() {
        return paragraph.text();
    }

    Line with(DraftParagraph changed) {
        return new Line(changed, origin);
    }
}
