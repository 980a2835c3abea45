package org.speechdraft.core.compare;

import java.nio.file.Path;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;

/** The paragraphs of a Word document (.docx), e.g. the copy a leader edited, to compare with the draft. */
@FunctionalInterface
public interface DocxParagraphSource {

    List<DraftParagraph> read(Path docx) throws VersionFileException;
}
