package org.speechdraft.core.placeholder;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A value table could not be read. {@link #getMessage()} is the Chinese text to show the user as it
 * is — it names the file and what is wrong; the technical cause, if any, is kept for logs.
 */
public final class ValueFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    private ValueFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The value file concerned. */
    public Path file() {
        return file;
    }

    /** The problem told by text {@code key} of the placeholder bundle, whose {0} is the file's name. */
    static ValueFileException of(Path file, String key, Throwable cause, Object... details) {
        Object[] args = new Object[details.length + 1];
        args[0] = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        System.arraycopy(details, 0, args, 1, details.length);
        return new ValueFileException(file, PlaceholderTexts.get(key, args), cause);
    }
}
