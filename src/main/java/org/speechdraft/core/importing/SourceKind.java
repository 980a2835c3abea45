package org.speechdraft.core.importing;

/** Where an imported speech came from. */
public enum SourceKind {
    /** A text file, in whatever encoding it was found (or chosen) to be in. */
    TEXT,
    /** A Word document (.docx). */
    DOCX,
    /** Text pasted from a browser, Word or a PDF viewer. */
    PASTED,
    /** The paragraphs of the draft open in the editor (清理文本), with their levels and character styles. */
    DRAFT
}
