package org.speechdraft.core.importing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.speechdraft.core.cleanup.CleanupReport;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.placeholder.PlaceholderReport;

/**
 * An imported speech: the structured draft (title, salutation, headings with their levels, body,
 * the 批注 on it, and a marked-up document's revised version as a snapshot to review), what it was
 * made from, what the clean-up did, the figures still to fill in it, and what did not come in as
 * it was.
 *
 * @param notes what did not come in as it was, at the draft's paragraphs, in text order
 */
public record ImportedSpeech(Draft draft, SourceDocument source, CleanupReport cleanup, PlaceholderReport placeholders,
                             List<ImportNote> notes) {

    public ImportedSpeech {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cleanup, "cleanup");
        Objects.requireNonNull(placeholders, "placeholders");
        notes = List.copyOf(notes);
    }

    /** How many 修订 the document had. */
    public int revisionCount() {
        return source.word().revisions().size();
    }

    /** The snapshot with the document's revised version, to review against the draft; empty without 修订. */
    public Optional<Snapshot> revisedVersion() {
        return draft.snapshots().stream().filter(s -> !s.revisions().isEmpty()).findFirst();
    }
}
