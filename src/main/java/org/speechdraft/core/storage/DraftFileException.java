package org.speechdraft.core.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.speechdraft.core.i18n.Messages;

/**
 * A draft file (or another of our versioned JSON files) could not be read or written.
 * {@link #getMessage()} is the Chinese text to show the user as it is, worded for a draft;
 * {@link #messageAbout(FileKind)} words the same failure for another kind of file. The technical
 * cause, if any, is kept as {@link #getCause()} for logs.
 */
public class DraftFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { NOT_FOUND, UNREADABLE, CORRUPT, FUTURE_VERSION, NOT_A_DRAFT, WRITE_FAILED }

    private final Reason reason;
    private final transient Path file;
    /** The message's key without the file kind's prefix, and its arguments; null for a message given as is. */
    private final transient String messageKey;
    private final transient Object[] messageArgs;

    /** @param file the file concerned, or null when the content did not come from a file */
    public DraftFileException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.messageKey = null;
        this.messageArgs = null;
    }

    private DraftFileException(Reason reason, Path file, String messageKey, Object[] messageArgs, Throwable cause) {
        super(Messages.CORE.get(FileKind.DRAFT.messageKey(messageKey), messageArgs), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The file concerned, or null when the content did not come from a file. */
    public Path file() {
        return file;
    }

    /** The message worded for a file of {@code kind} ("模板文件…已损坏" rather than "文稿文件…已损坏"). */
    public String messageAbout(FileKind kind) {
        return messageKey == null ? getMessage() : Messages.CORE.get(kind.messageKey(messageKey), messageArgs);
    }

    static DraftFileException notFound(Path file, IOException cause) {
        Path folder = file.toAbsolutePath().getParent();
        return new DraftFileException(Reason.NOT_FOUND, file, "notFound",
                new Object[] {quotedName(file), folder == null ? "" : folder.toString()}, cause);
    }

    static DraftFileException unreadable(Path file, IOException cause) {
        return new DraftFileException(Reason.UNREADABLE, file, "unreadable",
                new Object[] {quotedName(file), IoProblem.describe(cause)}, cause);
    }

    /** @param detail where or why, from the {@code storage.corrupt.*} texts */
    static DraftFileException corrupt(Path file, String detail, Throwable cause) {
        return new DraftFileException(Reason.CORRUPT, file, "corrupt", new Object[] {quotedName(file), detail}, cause);
    }

    static DraftFileException futureVersion(Path file, int version, int supportedVersion) {
        // Versions as strings: MessageFormat would group digits of larger numbers ("1,000").
        return new DraftFileException(Reason.FUTURE_VERSION, file, "futureVersion",
                new Object[] {quotedName(file), String.valueOf(version), String.valueOf(supportedVersion)}, null);
    }

    static DraftFileException notADraft(Path file) {
        return new DraftFileException(Reason.NOT_A_DRAFT, file, "notADraft", new Object[] {quotedName(file)}, null);
    }

    /** @param targetExisted whether there was a previous version, which the failed save left as it was */
    static DraftFileException writeFailed(Path file, boolean targetExisted, IOException cause) {
        return new DraftFileException(Reason.WRITE_FAILED, file, targetExisted ? "writeFailed" : "writeFailedNew",
                new Object[] {quotedName(file), IoProblem.describe(cause)}, cause);
    }

    private static String quotedName(Path file) {
        if (file == null || file.getFileName() == null) {
            return "";
        }
        return Messages.CORE.get("storage.file.quoted", file.getFileName().toString());
    }
}
