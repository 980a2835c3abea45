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
 * @param inserted     the text a 修订稿 marks as inserted
 * @param deletions    the offsets deleted text goes before, in a 修订稿
 */
record SegmentMarks(List<TextRange> placeholders, int runInStart, Set<Integer> lineBreaks, List<TextRange> inserted,
                    Set<Integer> deletions) {

    SegmentMarks {
        placeholders = List.copyOf(placeholders);
        lineBreaks = Set.copyOf(lineBreaks);
        inserted = List.copyOf(inserted);
        deletions = Set.copyOf(deletions);
    }

    /** The offsets the paragraph is cut at. */
    TreeSet<Integer> cuts() {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (TextRange range : placeholders) {
            cuts.add(range.start());
            cuts.add(range.end());
        }
        for (TextRange range : inserted) {
            cuts.add(range.start());
            cuts.add(range.end());
        }
        if (runInStart >= 0) {
            cuts.add(runInStart);
        }
        cuts.addAll(lineBreaks);
        cuts.addAll(deletions);
        return cuts;
    }

    boolean inPlaceholder(int offset) {
        return placeholders.stream().anyMatch(range -> range.contains(offset));
    }

    boolean runIn(int offset) {
        return runInStart >= 0 && offset >= runInStart;
    }

    Tracked tracked(int offset) {
        return inserted.stream().anyMatch(range -> range.contains(offset)) ? Tracked.INSERTED : Tracked.NONE;
    }
}
