package org.speechdraft.core.cleanup;

import java.util.List;
import org.speechdraft.core.model.DraftParagraph;

/**
 * The cleaned text and what was done to it.
 *
 * @param paragraphs the cleaned lines as paragraphs, their character styles kept where their text
 *                   was not changed; blank lines between paragraphs are kept (one at most)
 */
public record CleanupResult(List<DraftParagraph> paragraphs, CleanupReport report) {

    public CleanupResult {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The cleaned text, one line per paragraph. */
    public List<String> lines() {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }
}
