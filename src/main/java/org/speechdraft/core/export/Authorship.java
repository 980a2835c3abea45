package org.speechdraft.core.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who exports a document and when: the author Word's 属性 shows, and the name and time its 批注
 * and 修订 are signed with.
 *
 * @param author the user's name (Word's 用户名); blank stands for the program
 * @param when   the export time, kept to the second as Word does
 */
public record Authorship(String author, Instant when) {

    /** The author of documents exported without a user's name: the program. */
    public static final String PROGRAM = "SpeechDraft";

    public Authorship {
        author = author == null || author.isBlank() ? PROGRAM : author.strip();
        when = Objects.requireNonNull(when, "when").truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code author}, now. */
    public static Authorship now(String author) {
        return new Authorship(author, Instant.now());
    }
}
