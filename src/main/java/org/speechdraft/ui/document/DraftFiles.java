package org.speechdraft.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.text.TextFiles;

/** Opening a file as a draft: .sdraft through the codec, plain text (any common encoding) as body paragraphs. */
final class DraftFiles {

    private final DraftCodec codec = new DraftCodec();

    boolean isDraftFile(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(DraftCodec.EXTENSION);
    }

    /** @throws IOException only for plain-text files that cannot be read */
    Draft read(Path file) throws DraftFileException, IOException {
        if (isDraftFile(file)) {
            return codec.read(file);
        }
        return Draft.fromText(TextFiles.read(file));
    }

    void write(Path file, Draft draft) throws DraftFileException {
        codec.write(file, draft);
    }
}
