package org.speechdraft.core.template;

import java.nio.file.Path;

import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.FileKind;

/**
 * A template could not be read, written or changed. {@link #getMessage()} is the Chinese text to
 * show the user as it is, naming the file when there is one.
 */
public class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** @param file the file concerned, or null */
    public TemplateException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** A file failure worded for a template file. */
    static TemplateException of(DraftFileException e) {
        return new TemplateException(e.messageAbout(FileKind.TEMPLATE), e.file(), e);
    }

    static TemplateException refused(String message) {
        return new TemplateException(message, null, null);
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }
}
