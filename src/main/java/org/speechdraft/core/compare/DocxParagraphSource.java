package org.speechdraft.core.compare;

import java.nio.file.Path;

/** The text of a Word document (.docx), e.g. the copy a leader edited, to compare with the draft. */
@FunctionalInterface
public interface DocxParagraphSource {

    VersionReader.Version read(Path docx) throws VersionFileException;
}
