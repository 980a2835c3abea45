package org.speechdraft.core.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file a draft is exported to, told apart by the file name's extension. */
public enum ExportFormat {
    DOCX(".docx"),
    TEXT(".txt");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for, if any (.docx or .txt, in any letter case). */
    public static Optional<ExportFormat> forFile(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
