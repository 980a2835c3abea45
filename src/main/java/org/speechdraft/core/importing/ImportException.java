package org.speechdraft.core.importing;

/**
 * A file could not be imported. {@link #getMessage()} is the Chinese text to show the user as it
 * is — what is wrong and what to do — never a stack trace; the technical cause, if any, is kept
 * as {@link #getCause()} for logs.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }

    static ImportException of(String key, Throwable cause, Object... args) {
        return new ImportException(ImportTexts.get(key, args), cause);
    }
}
