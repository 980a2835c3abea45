package org.speechdraft.core.text;

import java.io.IOException;
import java.nio.file.Path;
import org.speechdraft.core.i18n.Messages;

/**
 * A file is larger than any speech could be, so it was refused before being read: reading a
 * mistaken 50 MB log or video would only freeze the program. The message is Chinese, for the user.
 */
public class FileTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final long MEGABYTE = 1024L * 1024L;

    public FileTooLargeException(Path file, long size, long limit) {
        super(Messages.CORE.get("text.tooLarge", file.getFileName() == null ? file.toString() : file.getFileName().toString(),
                megabytes(size), megabytes(limit)));
    }

    /** Whole megabytes, rounded up, as a string so that MessageFormat does not group digits. */
    private static String megabytes(long bytes) {
        return String.valueOf((bytes + MEGABYTE - 1) / MEGABYTE);
    }
}
