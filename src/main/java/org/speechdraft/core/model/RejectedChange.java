package org.speechdraft.core.model;

import java.util.Objects;

/**
 * A difference between a snapshot and the draft that the user rejected while reviewing it: the
 * draft keeps its text there. Known by the snapshot's side, which never changes, and the draft's
 * text, so it stays rejected when the draft is compared again, as a rejected Word 修订 does.
 *
 * @param paragraph      the snapshot's paragraph (or, for a paragraph only the draft has, the one it would stand before)
 * @param start          where the difference starts in it
 * @param end            where it ends
 * @param snapshotText   the snapshot's text there
 * @param draftText      the draft's text there
 * @param wholeParagraph whole paragraphs differ, not a stretch inside two
 */
public record RejectedChange(int paragraph, int start, int end, String snapshotText, String draftText,
                             boolean wholeParagraph) {

    public RejectedChange {
        Objects.requireNonNull(snapshotText, "snapshotText");
        Objects.requireNonNull(draftText, "draftText");
        if (!fits(paragraph, start, end, snapshotText)) {
            throw new IllegalArgumentException("bad place " + paragraph + ":" + start + "-" + end + " " + snapshotText);
        }
    }

    /** Whether a place is one: a paragraph, a stretch in it, exactly as long as the text said to be there. */
    public static boolean fits(int paragraph, int start, int end, String snapshotText) {
        return paragraph >= 0 && start >= 0 && end >= start && snapshotText != null && end - start == snapshotText.length();
    }
}
