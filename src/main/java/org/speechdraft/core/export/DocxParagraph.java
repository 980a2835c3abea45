package org.speechdraft.core.export;

import java.util.List;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * One paragraph as word/document.xml holds it: a draft's paragraph cut into runs, or one the
 * layout adds (the blank line above the 称呼).
 *
 * @param runIn a heading with its section's text in the same paragraph: not kept with the next one
 */
record DocxParagraph(ParagraphLevel level, List<Segment> segments, boolean runIn) {

    DocxParagraph {
        segments = List.copyOf(segments);
    }

    /** An empty body paragraph: one blank line. */
    static DocxParagraph blankLine() {
        return new DocxParagraph(ParagraphLevel.BODY, List.of(), false);
    }
}
