package org.speechdraft.core.export;

import org.speechdraft.core.model.ParagraphLevel;

/**
 * One line of a laid-out page: characters [start, end) of a draft paragraph, where the line starts
 * (after the paragraph's indent and its alignment) and how wide its text is.
 *
 * @param paragraph the draft paragraph's index; -1 for a line the layout adds (the blank line above the 称呼)
 * @param xPt       where the line's first character stands, from the text block's left edge
 * @param widthPt   the width of its characters, trailing spaces left out
 * @param runInFrom where body text run into a heading starts in the paragraph, -1 for none
 * @param heightPt  how far the next line stands below this one
 */
public record PageLine(int paragraph, ParagraphLevel level, int start, int end, double xPt, double widthPt,
                       int runInFrom, double heightPt) {

    /** A line the layout adds, with no text of the draft. */
    public boolean isAdded() {
        return paragraph < 0;
    }
}
