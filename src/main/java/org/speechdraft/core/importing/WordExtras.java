package org.speechdraft.core.importing;

import java.util.List;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Revision;

/**
 * What a Word document holds besides its text as it was before any 修订: the version with every
 * revision made (its text carrying the revisions' ids), the revisions, the 批注, and what did not
 * come in ({@link ImportNote}s at source paragraphs).
 *
 * @param fileName the document's file name, for the snapshot of its revised version
 * @param revised  the paragraphs with every revision accepted; the same as the text when there are none
 */
public record WordExtras(String fileName, List<DraftParagraph> revised, List<Revision> revisions,
                         List<DraftComment> comments, List<ImportNote> notes) {

    public static final WordExtras NONE = new WordExtras("", List.of(), List.of(), List.of(), List.of());

    public WordExtras {
        fileName = fileName == null ? "" : fileName;
        revised = List.copyOf(revised);
        revisions = List.copyOf(revisions);
        comments = List.copyOf(comments);
        notes = List.copyOf(notes);
    }

    public boolean hasRevisions() {
        return !revisions.isEmpty();
    }
}
