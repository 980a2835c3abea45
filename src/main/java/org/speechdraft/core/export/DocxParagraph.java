package org.speechdraft.core.export;

import java.util.List;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * One paragraph as word/document.xml holds it: a draft's paragraph cut into runs, a paragraph a
 * 修订稿 shows as deleted, or one the layout adds (the blank line above the 称呼).
 *
 * @param runIn       a heading with its section's text in the same paragraph: not kept with the next one
 * @param mark        the paragraph itself inserted or deleted, in a 修订稿
 * @param formerLevel the level it had in the earlier version, when a 修订稿 shows it changed; else null
 */
record DocxParagraph(ParagraphLevel level, List<Segment> segments, boolean runIn, Tracked mark,
                     ParagraphLevel formerLevel) {

    DocxParagraph {
        segments = List.copyOf(segments);
    }

    /** An empty body paragraph: one blank line. */
    static DocxParagraph blankLine() {
        return new DocxParagraph(ParagraphLevel.BODY, List.of(), false, Tracked.NONE, null);
    }

    /** Whether a 修订稿 tracks a change of the paragraph itself, not only of its text. */
    boolean revised() {
        return mark != Tracked.NONE || formerLevel != null;
    }
}
