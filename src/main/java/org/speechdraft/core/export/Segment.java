package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/**
 * A stretch of a paragraph written as one DOCX run.
 *
 * @param text            the characters
 * @param style           the draft's style of them: bold, highlighted, the 批注 they lie in
 * @param placeholder     an unfilled placeholder: highlighted, in the placeholder style
 * @param runIn           body text that follows a heading in the same paragraph ("（一）加强领导。要…"),
 *                        set in the body font rather than the heading's
 * @param lineBreakBefore starts a new line (of a long title)
 * @param tracked         inserted or deleted, in a 修订稿
 */
record Segment(String text, TextStyle style, boolean placeholder, boolean runIn, boolean lineBreakBefore,
               Tracked tracked) {

    /** The paragraph cut at its style changes and where {@code marks} say. */
    static List<Segment> of(DraftParagraph paragraph, SegmentMarks marks) {
        TreeSet<Integer> cuts = marks.cuts();
        List<Segment> segments = new ArrayList<>();
        int runStart = 0;
        for (StyledRun run : paragraph.runs()) {
            int runEnd = runStart + run.text().length();
            int from = runStart;
            for (int cut : cuts.subSet(runStart, false, runEnd, false)) {
                segments.add(piece(run, runStart, from, cut, marks));
                from = cut;
            }
            segments.add(piece(run, runStart, from, runEnd, marks));
            runStart = runEnd;
        }
        return segments;
    }

    private static Segment piece(StyledRun run, int runStart, int from, int to, SegmentMarks marks) {
        return new Segment(run.text().substring(from - runStart, to - runStart), run.style(),
                marks.inPlaceholder(from), marks.runIn(from), marks.lineBreaks().contains(from), marks.tracked(from));
    }

    /**
     * The same text as deleted from an earlier version: in its bold and highlight, but in no
     * comment (the comments are the draft's) and no placeholder.
     */
    Segment asDeleted() {
        return new Segment(text, new TextStyle(style.bold(), style.highlight()), false, runIn, false, Tracked.DELETED);
    }

    /** Yellow on paper: highlighted in the draft, or a placeholder still to be filled. */
    boolean highlighted() {
        return style.highlight() || placeholder;
    }
}
