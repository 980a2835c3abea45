package org.speechdraft.core.importing;

import java.util.Objects;
import org.speechdraft.core.cleanup.CleanupReport;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.placeholder.PlaceholderReport;

/**
 * An imported speech: the structured draft (title, salutation, headings with their levels, body),
 * what it was made from, what the clean-up did, and the figures still to fill in it.
 */
public record ImportedSpeech(Draft draft, SourceDocument source, CleanupReport cleanup, PlaceholderReport placeholders) {

    public ImportedSpeech {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cleanup, "cleanup");
        Objects.requireNonNull(placeholders, "placeholders");
    }
}
