package org.speechdraft.core.export;

/** A user preset file that cannot be used; {@link #getMessage()} is the Chinese text to show as it is. */
public class ExportPresetException extends Exception {

    private static final long serialVersionUID = 1L;

    ExportPresetException(String message, Throwable cause) {
        super(message, cause);
    }
}
