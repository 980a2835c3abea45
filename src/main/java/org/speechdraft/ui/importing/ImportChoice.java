package org.speechdraft.ui.importing;

import org.speechdraft.core.importing.ImportedSpeech;
import org.speechdraft.core.importing.SourceDocument;

/** How the import preview was left (cancelling gives none). */
public sealed interface ImportChoice {

    /** 导入 (or 应用 for the open draft): the cleaned, structured speech. */
    record Cleaned(ImportedSpeech speech) implements ImportChoice {
    }

    /** 不清理，原样打开: the speech as read. */
    record AsRead(SourceDocument source) implements ImportChoice {
    }

    /** The speech could not be read; {@code message} says why, in Chinese. */
    record Failed(String message) implements ImportChoice {
    }
}
