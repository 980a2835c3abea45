package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.Objects;
import org.speechdraft.core.model.RunEdits;

/**
 * One thing a rule did, for the preview.
 *
 * @param line   the 0-based number of the line in the text as it was given to the cleaner (a line
 *               made by joining or splitting keeps the number of the line it came from)
 * @param before the line's text before the rule; for {@link ChangeKind#JOINED} the two lines joined
 *               by "\n"
 * @param after  the text after the rule: "" for a removed line; for {@link ChangeKind#SPLIT} the
 *               parts joined by "\n"
 * @param edits  for {@link ChangeKind#CHANGED}, each replaced stretch of {@code before}
 *               (chars {@code start} to {@code end} became {@code text}); empty otherwise
 */
public record CleanupChange(ChangeKind kind, int line, String before, String after, List<RunEdits.Edit> edits) {

    public CleanupChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        edits = List.copyOf(edits);
    }
}
