package org.speechdraft.core.cleanup;

import java.util.List;
import org.speechdraft.core.model.DraftParagraph;

/**
 * The cleaned text and what was done to it.
 *
 * @param paragraphs the cleaned lines as paragraphs, their character styles kept where their text
 *                   was not changed; blank lines between paragraphs are kept (one at most)
 * @param origins    for each paragraph, the number of the input line it came from (a line made by
 *                   joining or splitting keeps the number of the line it came from)
 */
public record CleanupResult(List<DraftParagraph> paragraphs, CleanupReport report, List<Integer> origins) {

    public CleanupResult {
        paragraphs = List.copyOf(paragraphs);
        origins = List.copyOf(origins);
        if (origins.size() != paragraphs.size()) {
            throw new IllegalArgumentException("an origin for every paragraph");
        }
    }

    /** The cleaned text, one line per paragraph. */
    public List<String> lines() {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }
}
