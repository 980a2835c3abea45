package org.speechdraft.core.compare;

/** A version to compare could not be read; the message says why, in Chinese, ready to show. */
public class VersionFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public VersionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
