package org.speechdraft.core.compare;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.speechdraft.core.importing.ImportException;
import org.speechdraft.core.importing.SourceDocument;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.importing.WordExtras;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Revision;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.text.TextFiles;

/**
 * Reads a version of a speech to compare, by its file name: a draft (.sdraft), a Word document
 * (.docx, through a {@link DocxParagraphSource}) or a text file (anything else, in any common
 * encoding, one paragraph a non-blank line as the window opens it). A Word document with 修订 is
 * read as it is after them, with the revisions, so a comparison can say who changed what.
 */
public final class VersionReader {

    /**
     * A version's paragraphs; for a marked-up Word document, its text after the revisions, which
     * carries their ids.
     */
    public record Version(List<DraftParagraph> paragraphs, List<Revision> revisions) {

        public Version {
            paragraphs = List.copyOf(paragraphs);
            revisions = List.copyOf(revisions);
        }

        public static Version of(List<DraftParagraph> paragraphs) {
            return new Version(paragraphs, List.of());
        }

        /** The revised version of a marked-up document. */
        public boolean isRevised() {
            return !revisions.isEmpty();
        }
    }

    private static final String DOCX = ".docx";

    private final DraftCodec codec = new DraftCodec();
    private final DocxParagraphSource docx;

    /** Word documents are read as they are imported (same limits against hostile files), without clean-up. */
    public VersionReader() {
        this(VersionReader::importedParagraphs);
    }

    private static Version importedParagraphs(Path docx) throws VersionFileException {
        try {
            SourceDocument source = new SpeechImporter().read(docx, null);
            WordExtras word = source.word();
            List<DraftParagraph> text = word.hasRevisions() ? word.revised() : source.paragraphs();
            return new Version(text.stream().filter(p -> !p.isBlank()).toList(), word.revisions());
        } catch (ImportException e) {
            throw new VersionFileException(e.getMessage(), e);
        }
    }

    public VersionReader(DocxParagraphSource docx) {
        this.docx = docx;
    }

    public List<DraftParagraph> read(Path file) throws VersionFileException {
        return readVersion(file).paragraphs();
    }

    public Version readVersion(Path file) throws VersionFileException {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(DraftCodec.EXTENSION)) {
                return Version.of(codec.read(file).paragraphs());
            }
            if (lower.endsWith(DOCX)) {
                return docx.read(file);
            }
            return Version.of(Draft.fromText(TextFiles.read(file)).paragraphs());
        } catch (DraftFileException e) {
            throw new VersionFileException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new VersionFileException(CompareTexts.get("file.notFound", name), e);
        } catch (IOException e) {
            throw new VersionFileException(CompareTexts.get("file.unreadable", name, IoProblem.describe(e)), e);
        }
    }
}
