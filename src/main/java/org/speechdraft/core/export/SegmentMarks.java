package org.speechdraft.core.export;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What, besides the draft's own style changes, cuts a paragraph's text into runs, and what the
 * pieces between the cuts are.
 *
 * @param placeholders the unfilled placeholders, set in the placeholder style
 * @param runInStart   where body text runs on after a heading in the same paragraph, -1 for none
 * @param lineBreaks   the offsets a line break goes before (a long title's)
 */
record SegmentMarks(List<TextRange> placeholders, int runInStart, Set<Integer> lineBreaks) {

    SegmentMarks {
        placeholders = List.copyOf(placeholders);
        lineBreaks = Set.copyOf(lineBreaks);
    }

    /** The offsets the paragraph is cut at. */
    TreeSet<Integer> cuts() {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (TextRange range : placeholders) {
            cuts.add(range.start());
            cuts.add(range.end());
        }
        if (runInStart >= 0) {
            cuts.add(runInStart);
        }
        cuts.addAll(lineBreaks);
        return cuts;
    }

    boolean inPlaceholder(int offset) {
        return placeholders.stream().anyMatch(range -> range.contains(offset));
    }

    boolean runIn(int offset) {
        return runInStart >= 0 && offset >= runInStart;
    }
}
