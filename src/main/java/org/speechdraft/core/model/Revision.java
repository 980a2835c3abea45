package org.speechdraft.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One 修订 (tracked change) of a Word document: who made it and when. The revised version's text
 * carries its {@link #id} ({@link TextStyle#revisions()}): inserted text on itself, deleted text on
 * the character that follows where it was.
 *
 * @param date null when the document did not say
 */
public record Revision(String id, Kind kind, String author, Instant date) {

    /** What the reviser did; a move is a deletion in one place and an insertion in another. */
    public enum Kind { INSERTED, DELETED, MOVED }

    public Revision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        author = author == null ? "" : author;
    }
}
