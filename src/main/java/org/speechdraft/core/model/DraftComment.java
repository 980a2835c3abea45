package org.speechdraft.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A 批注 on the draft: who wrote it, when, what it says, and the answers to it. The text it is about
 * carries its {@link #id} ({@link TextStyle#comments()}), so the range follows every edit.
 *
 * @param date    when it was written; null when the document did not say
 * @param text    what it says, its paragraphs separated by line breaks
 * @param done    marked as dealt with (已解决): kept with the draft, no longer exported
 * @param replies the answers, oldest first
 */
public record DraftComment(String id, String author, Instant date, String text, boolean done, List<Reply> replies) {

    /** An answer to a comment. */
    public record Reply(String author, Instant date, String text) {

        public Reply {
            author = author == null ? "" : author;
            text = text == null ? "" : text;
        }
    }

    public DraftComment {
        Objects.requireNonNull(id, "id");
        author = author == null ? "" : author;
        text = text == null ? "" : text;
        replies = replies == null ? List.of() : List.copyOf(replies);
    }

    public DraftComment withDone(boolean value) {
        return new DraftComment(id, author, date, text, value, replies);
    }
}
