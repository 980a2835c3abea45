package org.speechdraft.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.speechdraft.core.model.DraftParagraph;

/**
 * Compares two versions of a speech. First the paragraphs are aligned: Myers' diff over the
 * paragraphs finds the equal ones, and between those {@link GapPairing} pairs the paragraphs that
 * are {@link Similarity similar} (one is the other edited); then the text inside each such pair is
 * compared by {@link InlineDiff}. Paragraphs matched by nothing were deleted or inserted whole; one deleted
 * here and inserted there word for word was moved. Blank paragraphs are left out: an empty line
 * more or less is not a change a speech writer needs to review.
 */
public final class DraftComparer {

    public Comparison compare(List<DraftParagraph> left, List<DraftParagraph> right) {
        return compareTexts(left.stream().map(DraftParagraph::text).toList(),
                right.stream().map(DraftParagraph::text).toList());
    }

    /** The same for plain paragraph texts. */
    public Comparison compareTexts(List<String> left, List<String> right) {
        Side l = new Side(left);
        Side r = new Side(right);
        List<Change> changes = new ArrayList<>();
        List<Comparison.Pair> pairs = new ArrayList<>();
        // Equal paragraphs anchor the alignment; only between them are edited paragraphs looked for,
        // or a paragraph would pair with a look-alike neighbour as soon as one is deleted.
        int leftDone = 0;
        int rightDone = 0;
        for (AbstractDelta<String> equal : equalRuns(l.texts, r.texts)) {
            int ls = equal.getSource().getPosition();
            int rs = equal.getTarget().getPosition();
            compareGap(l, leftDone, ls, r, rightDone, rs, changes, pairs);
            for (int k = 0; k < equal.getSource().size(); k++) {
                pairs.add(new Comparison.Pair(l.real(ls + k), r.real(rs + k)));
            }
            leftDone = ls + equal.getSource().size();
            rightDone = rs + equal.getTarget().size();
        }
        compareGap(l, leftDone, l.texts.size(), r, rightDone, r.texts.size(), changes, pairs);
        return new Comparison(markMoves(changes), pairs);
    }

    private static List<AbstractDelta<String>> equalRuns(List<String> left, List<String> right) {
        return DiffUtils.diff(left, right, new MyersDiffWithLinearSpace<String>(), null, true).getDeltas().stream()
                .filter(d -> d.getType() == DeltaType.EQUAL)
                .toList();
    }

    /**
     * Non-blank paragraphs [ls, le) of the left and [rs, re) of the right, none equal to another:
     * the edited ones are paired, the rest were deleted or inserted whole.
     */
    private static void compareGap(Side l, int ls, int le, Side r, int rs, int re, List<Change> changes,
                                   List<Comparison.Pair> pairs) {
        if (ls == le && rs == re) {
            return;
        }
        int li = ls;
        int ri = rs;
        for (int[] pair : GapPairing.pairs(l.similarities.subList(ls, le), r.similarities.subList(rs, re))) {
            wholeParagraphs(l, li, ls + pair[0], r, ri, rs + pair[1], changes);
            li = ls + pair[0];
            ri = rs + pair[1];
            pairs.add(new Comparison.Pair(l.real(li), r.real(ri)));
            addInline(l.texts.get(li), l.real(li), r.texts.get(ri), r.real(ri), changes);
            li++;
            ri++;
        }
        wholeParagraphs(l, li, le, r, ri, re, changes);
    }

    /** Left paragraphs [ls, le) deleted and right paragraphs [rs, re) inserted, at the same place. */
    private static void wholeParagraphs(Side l, int ls, int le, Side r, int rs, int re, List<Change> changes) {
        int rightPlace = r.insertionPoint(rs);
        for (int k = ls; k < le; k++) {
            changes.add(new Change(Change.Kind.DELETE, Change.Side.whole(l.real(k), l.texts.get(k)),
                    Change.Side.at(rightPlace, 0), true, false));
        }
        int leftPlace = l.insertionPoint(le);
        for (int k = rs; k < re; k++) {
            changes.add(new Change(Change.Kind.INSERT, Change.Side.at(leftPlace, 0),
                    Change.Side.whole(r.real(k), r.texts.get(k)), true, false));
        }
    }

    private static void addInline(String leftText, int li, String rightText, int ri, List<Change> out) {
        if (leftText.equals(rightText)) {
            return;
        }
        for (InlineDiff.Edit e : InlineDiff.edits(leftText, rightText)) {
            out.add(Change.inParagraph(
                    new Change.Side(li, e.leftStart(), e.leftEnd(), leftText.substring(e.leftStart(), e.leftEnd())),
                    new Change.Side(ri, e.rightStart(), e.rightEnd(), rightText.substring(e.rightStart(), e.rightEnd()))));
        }
    }

    /** A whole paragraph deleted in one place and inserted, word for word, in another was moved. */
    private static List<Change> markMoves(List<Change> changes) {
        Set<String> deleted = new HashSet<>();
        Set<String> inserted = new HashSet<>();
        for (Change c : changes) {
            if (c.wholeParagraph()) {
                (c.kind() == Change.Kind.DELETE ? deleted : inserted).add(c.kind() == Change.Kind.DELETE
                        ? c.left().text() : c.right().text());
            }
        }
        List<Change> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            boolean moved = c.wholeParagraph() && (c.kind() == Change.Kind.DELETE
                    ? inserted.contains(c.left().text()) : deleted.contains(c.right().text()));
            out.add(moved ? c.asMoved() : c);
        }
        return out;
    }

    /** One version's non-blank paragraphs, with their indices in the whole list. */
    private static final class Side {
        private final List<String> texts = new ArrayList<>();
        private final List<Similarity> similarities = new ArrayList<>();
        private final List<Integer> realIndex = new ArrayList<>();

        Side(List<String> paragraphs) {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (!paragraphs.get(i).isBlank()) {
                    texts.add(paragraphs.get(i));
                    similarities.add(new Similarity(paragraphs.get(i)));
                    realIndex.add(i);
                }
            }
        }

        int real(int filtered) {
            return realIndex.get(filtered);
        }

        /** Where something goes that stands before non-blank paragraph {@code filtered} (or after the last). */
        int insertionPoint(int filtered) {
            if (filtered < realIndex.size()) {
                return realIndex.get(filtered);
            }
            return realIndex.isEmpty() ? 0 : realIndex.get(realIndex.size() - 1) + 1;
        }
    }
}
