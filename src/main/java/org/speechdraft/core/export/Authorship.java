package org.speechdraft.core.export;

import java.time.Instant;
import java.util.Objects;

/**
 * Who exports a document and when: the author and times Word's 属性 shows, and the name and time
 * the 修订 of a 修订稿 are signed with.
 *
 * @param author the user's name (Word's 用户名); blank stands for the program
 * @param when   the export time
 */
public record Authorship(String author, Instant when) {

    /** The author of documents exported without a user's name: the program. */
    public static final String PROGRAM = "SpeechDraft";

    public Authorship {
        author = author == null || author.isBlank() ? PROGRAM : author.strip();
        Objects.requireNonNull(when, "when");
    }

    /** {@code author}, now. */
    public static Authorship now(String author) {
        return new Authorship(author, Instant.now());
    }
}
