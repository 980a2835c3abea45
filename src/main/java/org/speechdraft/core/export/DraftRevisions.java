package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.compare.Comparison;
import org.speechdraft.core.compare.DraftComparer;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * How a draft differs from an earlier version of it (the base: the copy the leader has), told
 * paragraph by paragraph of the draft, as its 修订稿 marks it: paragraphs only the base has
 * (deleted, shown where they stood), paragraphs only the draft has (inserted), and in paragraphs
 * both have the text inserted and deleted, and a changed level. Blank paragraphs are no change, as
 * in {@link DraftComparer}; a moved paragraph is deleted where it was and inserted where it is.
 */
final class DraftRevisions {

    /**
     * Base text deleted at a place of a draft paragraph.
     *
     * @param at            the offset in the draft paragraph it stood before
     * @param baseParagraph the base paragraph it is from
     * @param range         its characters there
     */
    record Deletion(int at, int baseParagraph, TextRange range) {
    }

    static final DraftRevisions NONE = new DraftRevisions(List.of(), List.of());

    private final List<DraftParagraph> base;
    private final List<DraftParagraph> draft;
    private final Map<Integer, List<Integer>> deletedBefore = new HashMap<>();
    private final Set<Integer> inserted = new HashSet<>();
    private final Map<Integer, List<TextRange>> insertedText = new HashMap<>();
    private final Map<Integer, List<Deletion>> deletedText = new HashMap<>();
    private final Map<Integer, Integer> pairs = new HashMap<>();

    private DraftRevisions(List<DraftParagraph> base, List<DraftParagraph> draft) {
        this.base = List.copyOf(base);
        this.draft = List.copyOf(draft);
    }

    static DraftRevisions between(List<DraftParagraph> base, List<DraftParagraph> draft) {
        DraftRevisions revisions = new DraftRevisions(base, draft);
        Comparison comparison = new DraftComparer().compare(base, draft);
        for (Comparison.Pair pair : comparison.pairs()) {
            revisions.pairs.put(pair.right(), pair.left());
        }
        for (Change change : comparison.changes()) {
            revisions.add(change);
        }
        return revisions;
    }

    private void add(Change change) {
        Change.Side left = change.left();
        Change.Side right = change.right();
        if (change.wholeParagraph()) {
            if (change.kind() == Change.Kind.DELETE) {
                deletedBefore.computeIfAbsent(right.paragraph(), k -> new ArrayList<>()).add(left.paragraph());
            } else {
                inserted.add(right.paragraph());
            }
            return;
        }
        if (!right.isEmpty()) {
            insertedText.computeIfAbsent(right.paragraph(), k -> new ArrayList<>())
                    .add(new TextRange(right.start(), right.end()));
        }
        if (!left.isEmpty()) {
            deletedText.computeIfAbsent(right.paragraph(), k -> new ArrayList<>())
                    .add(new Deletion(right.start(), left.paragraph(), new TextRange(left.start(), left.end())));
        }
    }

    List<DraftParagraph> base() {
        return base;
    }

    /** The base paragraphs deleted before draft paragraph {@code index} (the draft's size: after the last), in order. */
    List<Integer> deletedBefore(int index) {
        return deletedBefore.getOrDefault(index, List.of());
    }

    /** Whether draft paragraph {@code index} is new, all of it. */
    boolean inserted(int index) {
        return inserted.contains(index);
    }

    /** The text inserted into draft paragraph {@code index}; all of it when the paragraph is new. */
    List<TextRange> insertedText(int index) {
        if (inserted(index)) {
            return List.of(new TextRange(0, draft.get(index).text().length()));
        }
        return insertedText.getOrDefault(index, List.of());
    }

    /** The base text deleted from draft paragraph {@code index}, in text order. */
    List<Deletion> deletedText(int index) {
        return deletedText.getOrDefault(index, List.of());
    }

    /** The level draft paragraph {@code index} had in the base, when it had another; else null. */
    ParagraphLevel formerLevel(int index) {
        Integer left = pairs.get(index);
        if (left == null || base.get(left).level() == draft.get(index).level()) {
            return null;
        }
        return base.get(left).level();
    }
}
