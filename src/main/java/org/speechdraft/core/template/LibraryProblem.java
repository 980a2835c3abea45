package org.speechdraft.core.template;

import java.util.Objects;

/**
 * A template file that was skipped, or another thing the user should know about the library.
 *
 * @param fileName the file (or zip entry) concerned, "" if none
 * @param message  what is wrong, in Chinese, naming the file
 */
public record LibraryProblem(String fileName, String message) {

    public LibraryProblem {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(message, "message");
    }
}
