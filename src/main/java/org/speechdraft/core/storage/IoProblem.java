package org.speechdraft.core.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import org.speechdraft.core.i18n.Messages;

/** Turns an IOException into a short Chinese reason a user can act on ("磁盘空间不足"). */
public final class IoProblem {

    private IoProblem() {
    }

    public static String describe(IOException e) {
        String technical = technicalReason(e);
        String lower = technical.toLowerCase(Locale.ROOT);
        // The JDK reports these only as OS message text (Linux, macOS and Windows wording).
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("disk quota exceeded")) {
            return Messages.CORE.get("storage.io.diskFull");
        }
        if (lower.contains("read-only file system")) {
            return Messages.CORE.get("storage.io.readOnly");
        }
        if (lower.contains("is a directory")) {
            return describeFolderInTheWay(e);
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("being used by another process")) {
            return Messages.CORE.get("storage.io.accessDenied");
        }
        if (!technical.isBlank()) {
            return technical;
        }
        return describeByType(e);
    }

    /** For exceptions that carry only a path, no reason text. */
    private static String describeByType(IOException e) {
        String path = pathOf(e);
        if (e instanceof NoSuchFileException) {
            return Messages.CORE.get("storage.io.missing", path);
        }
        if (e instanceof FileAlreadyExistsException) {
            return Messages.CORE.get("storage.io.nameTaken", path);
        }
        if (e instanceof NotDirectoryException) {
            return Messages.CORE.get("storage.io.notFolder", path);
        }
        return Messages.CORE.get("storage.io.unknown", e.getClass().getSimpleName());
    }

    /** A move names the blocked destination second; a plain read names nothing. */
    private static String describeFolderInTheWay(IOException e) {
        if (e instanceof FileSystemException fse && (fse.getOtherFile() != null || fse.getFile() != null)) {
            return Messages.CORE.get("storage.io.isFolder", fse.getOtherFile() != null ? fse.getOtherFile() : fse.getFile());
        }
        return Messages.CORE.get("storage.io.isFolderUnnamed");
    }

    private static String pathOf(IOException e) {
        return e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : "";
    }

    /** The OS reason without the file path that FileSystemException puts in front of it. */
    private static String technicalReason(IOException e) {
        if (e instanceof FileSystemException fse) {
            return fse.getReason() == null ? "" : fse.getReason();
        }
        return e.getMessage() == null ? "" : e.getMessage();
    }
}
