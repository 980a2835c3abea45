package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.placeholder.Placeholder;

/**
 * A stretch of a paragraph written as one DOCX run.
 *
 * @param text      the characters
 * @param bold      bold in the draft
 * @param highlight highlighted in the draft, or an unfilled placeholder
 * @param runIn     body text that follows a heading in the same paragraph ("（一）加强领导。要…"),
 *                  set in the body font rather than the heading's
 */
record Segment(String text, boolean bold, boolean highlight, boolean runIn) {

    /**
     * The paragraph cut at its style changes, at the edges of {@code placeholders} (those of this
     * paragraph) and at {@code runInStart} (-1 for none).
     */
    static List<Segment> of(DraftParagraph paragraph, List<Placeholder> placeholders, int runInStart) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Placeholder p : placeholders) {
            cuts.add(p.start());
            cuts.add(p.end());
        }
        if (runInStart >= 0) {
            cuts.add(runInStart);
        }
        List<Segment> segments = new ArrayList<>();
        int runStart = 0;
        for (StyledRun run : paragraph.runs()) {
            int runEnd = runStart + run.text().length();
            int from = runStart;
            for (int cut : cuts.subSet(runStart, false, runEnd, false)) {
                segments.add(piece(run, runStart, from, cut, placeholders, runInStart));
                from = cut;
            }
            segments.add(piece(run, runStart, from, runEnd, placeholders, runInStart));
            runStart = runEnd;
        }
        return segments;
    }

    private static Segment piece(StyledRun run, int runStart, int from, int to, List<Placeholder> placeholders,
                                 int runInStart) {
        boolean inPlaceholder = false;
        for (Placeholder p : placeholders) {
            inPlaceholder |= p.start() <= from && from < p.end();
        }
        return new Segment(run.text().substring(from - runStart, to - runStart), run.style().bold(),
                run.style().highlight() || inPlaceholder, runInStart >= 0 && from >= runInStart);
    }
}
