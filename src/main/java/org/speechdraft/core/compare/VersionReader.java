package org.speechdraft.core.compare;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.speechdraft.core.importing.ImportException;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.text.TextFiles;

/**
 * Reads a version of a speech to compare, by its file name: a draft (.sdraft), a Word document
 * (.docx, through a {@link DocxParagraphSource}) or a text file (anything else, in any common
 * encoding, one paragraph a non-blank line as the window opens it).
 */
public final class VersionReader {

    private static final String DOCX = ".docx";

    private final DraftCodec codec = new DraftCodec();
    private final DocxParagraphSource docx;

    /** Word documents are read as they are imported (same limits against hostile files), without clean-up. */
    public VersionReader() {
        this(VersionReader::importedParagraphs);
    }

    private static List<DraftParagraph> importedParagraphs(Path docx) throws VersionFileException {
        try {
            return new SpeechImporter().read(docx, null).paragraphs().stream().filter(p -> !p.isBlank()).toList();
        } catch (ImportException e) {
            throw new VersionFileException(e.getMessage(), e);
        }
    }

    public VersionReader(DocxParagraphSource docx) {
        this.docx = docx;
    }

    public List<DraftParagraph> read(Path file) throws VersionFileException {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(DraftCodec.EXTENSION)) {
                return codec.read(file).paragraphs();
            }
            if (lower.endsWith(DOCX)) {
                return docx.read(file);
            }
            return Draft.fromText(TextFiles.read(file)).paragraphs();
        } catch (DraftFileException e) {
            throw new VersionFileException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new VersionFileException(CompareTexts.get("file.notFound", name), e);
        } catch (IOException e) {
            throw new VersionFileException(CompareTexts.get("file.unreadable", name, IoProblem.describe(e)), e);
        }
    }
}
