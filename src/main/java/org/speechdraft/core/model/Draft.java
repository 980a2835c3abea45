package org.speechdraft.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A speech draft as stored: metadata, paragraphs, the values the user filled into placeholders
 * (placeholder key → value) and named snapshots.
 */
public record Draft(DraftMeta meta, List<DraftParagraph> paragraphs,
                    Map<String, String> placeholderValues, List<Snapshot> snapshots) {

    public Draft {
        Objects.requireNonNull(meta, "meta");
        paragraphs = paragraphs.isEmpty() ? List.of(DraftParagraph.of(ParagraphLevel.BODY, ""))
                : List.copyOf(paragraphs);
        placeholderValues = Map.copyOf(placeholderValues);
        snapshots = List.copyOf(snapshots);
    }

    public static Draft empty() {
        return of(List.of());
    }

    public static Draft of(List<DraftParagraph> paragraphs) {
        return new Draft(DraftMeta.EMPTY, paragraphs, Map.of(), List.of());
    }

    /** The plain text, one line per paragraph. */
    public String text() {
        return paragraphs.stream().map(DraftParagraph::text).collect(Collectors.joining("\n"));
    }

    public Draft withParagraphs(List<DraftParagraph> newParagraphs) {
        return new Draft(meta, newParagraphs, placeholderValues, snapshots);
    }

    public Draft withMeta(DraftMeta newMeta) {
        return new Draft(newMeta, paragraphs, placeholderValues, snapshots);
    }
}
