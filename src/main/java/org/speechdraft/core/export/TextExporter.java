package org.speechdraft.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.storage.AtomicFileWriter;

/**
 * Writes a draft as plain text for pasting into other systems (OA, 公众号 editors): UTF-8 without
 * a byte order mark, one paragraph per line, "\n" line ends, no formatting. Stateless.
 */
public final class TextExporter {

    /** Writes {@code out} completely or not at all; see {@link DocxExporter#export}. */
    public ExportResult export(Draft draft, Path out) throws IOException {
        return export(draft, RemainingPlaceholders.in(draft), out);
    }

    /** {@link #export(Draft, Path)} with the placeholders left already found; see {@link DocxExporter}. */
    public ExportResult export(Draft draft, List<Placeholder> remaining, Path out) throws IOException {
        AtomicFileWriter.writeWithoutBackup(out, (draft.text() + "\n").getBytes(StandardCharsets.UTF_8));
        return new ExportResult(out, remaining);
    }
}
