package org.speechdraft.core.compare;

import java.util.Objects;

/**
 * One difference between the left version (the other one: a snapshot or a file) and the right one
 * (the current draft, or the newer snapshot), read from left to right: {@link Kind#DELETE} text is
 * only on the left, {@link Kind#INSERT} text only on the right, {@link Kind#CHANGE} replaces the
 * left text by the right text.
 *
 * @param wholeParagraph true when whole paragraphs differ: the side that has the paragraph gives
 *                       its index and its whole text; the other side's paragraph is where it would
 *                       go (the index of the paragraph it would stand before) with an empty range.
 *                       False for a stretch inside two paragraphs that correspond.
 * @param moved          a whole paragraph that stands, word for word, at another place on the other side
 */
public record Change(Kind kind, Side left, Side right, boolean wholeParagraph, boolean moved) {

    public enum Kind { INSERT, DELETE, CHANGE }

    /**
     * One side of a change: characters [start, end) of paragraph {@code paragraph} (indices into
     * that side's paragraph list, counted from 0), and that text.
     */
    public record Side(int paragraph, int start, int end, String text) {

        public Side {
            Objects.requireNonNull(text, "text");
            if (paragraph < 0 || start < 0 || end < start || end - start != text.length()) {
                throw new IllegalArgumentException("bad side " + paragraph + ":" + start + "-" + end + " " + text);
            }
        }

        static Side at(int paragraph, int offset) {
            return new Side(paragraph, offset, offset, "");
        }

        static Side whole(int paragraph, String text) {
            return new Side(paragraph, 0, text.length(), text);
        }

        public boolean isEmpty() {
            return start == end;
        }
    }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** A stretch inside two corresponding paragraphs; the kind follows from which side is empty. */
    static Change inParagraph(Side left, Side right) {
        Kind kind = left.isEmpty() ? Kind.INSERT : right.isEmpty() ? Kind.DELETE : Kind.CHANGE;
        return new Change(kind, left, right, false, false);
    }

    Change asMoved() {
        return new Change(kind, left, right, wholeParagraph, true);
    }
}
