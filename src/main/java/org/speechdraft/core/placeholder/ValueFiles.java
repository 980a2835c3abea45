package org.speechdraft.core.placeholder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.text.TextFiles;

/**
 * Reads a value table by the file's extension, after the checks every format shares: the file
 * exists, is a file and is small enough to be a list of figures rather than something hostile.
 */
final class ValueFiles {

    /** A department's list of figures is a few kilobytes; this is far beyond any real one. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final double BYTES_PER_MB = 1024.0 * 1024;

    private enum Format { JSON, DELIMITED, XLSX }

    private ValueFiles() {
    }

    static ValueTable read(Path file) throws ValueFileException {
        Format format = format(file);
        checkReadable(file);
        List<ValueTable.Entry> entries = switch (format) {
            case JSON -> JsonValues.entries(text(file), file);
            case DELIMITED -> ValueRows.entries(DelimitedValues.rows(text(file)));
            case XLSX -> ValueRows.entries(SpreadsheetValues.rows(file));
        };
        if (entries.isEmpty()) {
            throw ValueFileException.of(file, "values.empty", null);
        }
        return new ValueTable(entries);
    }

    private static Format format(Path file) throws ValueFileException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "json" -> Format.JSON;
            case "csv", "txt" -> Format.DELIMITED;
            case "xlsx" -> Format.XLSX;
            case "xls", "et" -> throw ValueFileException.of(file, "values.oldExcel", null);
            default -> throw ValueFileException.of(file, "values.unsupported", null);
        };
    }

    private static void checkReadable(Path file) throws ValueFileException {
        if (Files.isDirectory(file)) {
            throw ValueFileException.of(file, "values.folder", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > MAX_BYTES) {
            throw ValueFileException.of(file, "values.tooLarge", null, megabytes(size), megabytes(MAX_BYTES));
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / BYTES_PER_MB);
    }

    /** A text file's content in whatever common encoding it was saved (Excel's CSV: UTF-8 with BOM or GBK). */
    private static String text(Path file) throws ValueFileException {
        try {
            return TextFiles.read(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    static ValueFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return ValueFileException.of(file, "values.notFound", e);
        }
        return ValueFileException.of(file, "values.unreadable", e, IoProblem.describe(e));
    }
}
