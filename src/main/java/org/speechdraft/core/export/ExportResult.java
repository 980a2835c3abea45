package org.speechdraft.core.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.speechdraft.core.placeholder.Placeholder;

/**
 * What an export wrote.
 *
 * @param file      the file written
 * @param remaining the placeholders (XX, **, {{字段}} …) still in the text, in text order; in a
 *                  DOCX they are highlighted so they stand out on paper
 */
public record ExportResult(Path file, List<Placeholder> remaining) {

    public ExportResult {
        Objects.requireNonNull(file, "file");
        remaining = List.copyOf(remaining);
    }

    public boolean hasRemaining() {
        return !remaining.isEmpty();
    }
}
