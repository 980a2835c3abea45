package org.speechdraft.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.speechdraft.core.text.PastedText;

/**
 * A speech draft as stored: metadata, paragraphs, the values the user filled into placeholders
 * (placeholder key → value), named snapshots and the 批注 on its text.
 *
 * @param comments the comments, in no particular order; the text they are about carries their ids
 */
public record Draft(DraftMeta meta, List<DraftParagraph> paragraphs,
                    Map<String, String> placeholderValues, List<Snapshot> snapshots, List<DraftComment> comments) {

    public Draft {
        Objects.requireNonNull(meta, "meta");
        paragraphs = paragraphs.isEmpty() ? List.of(DraftParagraph.of(ParagraphLevel.BODY, ""))
                : List.copyOf(paragraphs);
        placeholderValues = Map.copyOf(placeholderValues);
        snapshots = List.copyOf(snapshots);
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** A draft without comments. */
    public Draft(DraftMeta meta, List<DraftParagraph> paragraphs, Map<String, String> placeholderValues,
                 List<Snapshot> snapshots) {
        this(meta, paragraphs, placeholderValues, snapshots, List.of());
    }

    public static Draft empty() {
        return of(List.of());
    }

    public static Draft of(List<DraftParagraph> paragraphs) {
        return new Draft(DraftMeta.EMPTY, paragraphs, Map.of(), List.of());
    }

    /**
     * A plain text (a .txt file's content) as a draft, the way the window opens it: its non-blank
     * lines, cleaned as pasted text is, become body paragraphs; levels are left for the user to set.
     */
    public static Draft fromText(String text) {
        return ofLines(PastedText.paragraphs(text));
    }

    /** Each line, exactly as it is, as a body paragraph. */
    public static Draft ofLines(List<String> lines) {
        return of(lines.stream().map(line -> DraftParagraph.of(ParagraphLevel.BODY, line)).toList());
    }

    /** The plain text, one line per paragraph. */
    public String text() {
        return paragraphs.stream().map(DraftParagraph::text).collect(Collectors.joining("\n"));
    }

    public Draft withParagraphs(List<DraftParagraph> newParagraphs) {
        return new Draft(meta, newParagraphs, placeholderValues, snapshots, comments);
    }

    public Draft withMeta(DraftMeta newMeta) {
        return new Draft(newMeta, paragraphs, placeholderValues, snapshots, comments);
    }

    public Draft withComments(List<DraftComment> newComments) {
        return new Draft(meta, paragraphs, placeholderValues, snapshots, newComments);
    }

    public Draft withSnapshots(List<Snapshot> newSnapshots) {
        return new Draft(meta, paragraphs, placeholderValues, newSnapshots, comments);
    }

    /** This draft also remembering {@code filled} (placeholder key → value); a new value replaces an old one. */
    public Draft plusPlaceholderValues(Map<String, String> filled) {
        Map<String, String> values = new HashMap<>(placeholderValues);
        values.putAll(filled);
        return new Draft(meta, paragraphs, values, snapshots, comments);
    }
}
