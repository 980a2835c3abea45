package org.speechdraft.core.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.speechdraft.core.i18n.Messages;

/**
 * A draft file could not be read or written. {@link #getMessage()} is the Chinese text to show the
 * user as it is; the technical cause, if any, is kept as {@link #getCause()} for logs.
 */
public class DraftFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_FOUND, UNREADABLE, CORRUPT, FUTURE_VERSION, NOT_A_DRAFT, WRITE_FAILED }

    private final Reason reason;
    private final transient Path file;

    /** @param file the file concerned, or null when the content did not come from a file */
    public DraftFileException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /** The file concerned, or null when the content did not come from a file. */
    public Path file() {
        return file;
    }

    static DraftFileException notFound(Path file, IOException cause) {
        Path folder = file.toAbsolutePath().getParent();
        return new DraftFileException(Reason.NOT_FOUND, file,
                text("storage.draft.notFound", quotedName(file), folder == null ? "" : folder.toString()), cause);
    }

    static DraftFileException unreadable(Path file, IOException cause) {
        return new DraftFileException(Reason.UNREADABLE, file,
                text("storage.draft.unreadable", quotedName(file), IoProblem.describe(cause)), cause);
    }

    /** @param detail where or why, from the {@code storage.corrupt.*} texts */
    static DraftFileException corrupt(Path file, String detail, Throwable cause) {
        return new DraftFileException(Reason.CORRUPT, file,
                text("storage.draft.corrupt", quotedName(file), detail), cause);
    }

    static DraftFileException futureVersion(Path file, int version, int supportedVersion) {
        // Versions as strings: MessageFormat would group digits of larger numbers ("1,000").
        return new DraftFileException(Reason.FUTURE_VERSION, file, text("storage.draft.futureVersion",
                quotedName(file), String.valueOf(version), String.valueOf(supportedVersion)), null);
    }

    static DraftFileException notADraft(Path file) {
        return new DraftFileException(Reason.NOT_A_DRAFT, file, text("storage.draft.notADraft", quotedName(file)), null);
    }

    /** @param targetExisted whether there was a previous version, which the failed save left as it was */
    static DraftFileException writeFailed(Path file, boolean targetExisted, IOException cause) {
        String key = targetExisted ? "storage.draft.writeFailed" : "storage.draft.writeFailedNew";
        return new DraftFileException(Reason.WRITE_FAILED, file,
                text(key, quotedName(file), IoProblem.describe(cause)), cause);
    }

    private static String quotedName(Path file) {
        if (file == null || file.getFileName() == null) {
            return "";
        }
        return text("storage.file.quoted", file.getFileName().toString());
    }

    private static String text(String key, Object... args) {
        return Messages.CORE.get(key, args);
    }
}
