package org.speechdraft.core.compare;

import java.util.List;

/**
 * What differs between two versions, in text order, and which paragraphs correspond (equal or
 * changed in place), so that a view can show both sides at the same place.
 *
 * @param changes the differences, ordered by where they stand in the right version
 * @param pairs   corresponding paragraphs (left index, right index), increasing on both sides
 */
public record Comparison(List<Change> changes, List<Pair> pairs) {

    /** Paragraph {@code left} of the left version corresponds to paragraph {@code right} of the right one. */
    public record Pair(int left, int right) {
    }

    public Comparison {
        changes = List.copyOf(changes);
        pairs = List.copyOf(pairs);
    }

    /** True when the two versions say the same (blank paragraphs aside). */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The right paragraph shown beside left paragraph {@code left}: its pair, or the one after the last pair before it. */
    public int rightParagraphFor(int left) {
        return counterpart(left, true);
    }

    /** The left paragraph shown beside right paragraph {@code right}. */
    public int leftParagraphFor(int right) {
        return counterpart(right, false);
    }

    private int counterpart(int index, boolean fromLeft) {
        int low = 0;
        int high = pairs.size() - 1;
        Pair before = null;
        while (low <= high) { // the last pair at or before index
            int mid = (low + high) >>> 1;
            Pair p = pairs.get(mid);
            if ((fromLeft ? p.left() : p.right()) <= index) {
                before = p;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (before == null) {
            return 0;
        }
        int here = fromLeft ? before.left() : before.right();
        int there = fromLeft ? before.right() : before.left();
        return there + (index == here ? 0 : 1);
    }
}
