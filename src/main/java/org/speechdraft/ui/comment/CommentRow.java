package org.speechdraft.ui.comment;

import org.speechdraft.core.model.CommentRanges;
import org.speechdraft.core.model.DraftComment;

/** A 批注 as the panel lists it: what it says, and where in the text it is. */
public record CommentRow(DraftComment comment, CommentRanges.Range range) {
}
