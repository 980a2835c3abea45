package org.speechdraft.core.importing;

import java.util.LinkedHashSet;
import java.util.Set;
import org.speechdraft.core.model.Revision;

/** The name of the snapshot that keeps a marked-up document's revised version: "修订稿：讲话.docx（张局长）". */
final class ReviewNames {

    /** More revisers than this are "张局长、李主任等". */
    private static final int SHOWN_AUTHORS = 2;

    private ReviewNames() {
    }

    static String snapshotName(WordExtras word) {
        Set<String> authors = new LinkedHashSet<>();
        for (Revision revision : word.revisions()) {
            if (!revision.author().isBlank()) {
                authors.add(revision.author().strip());
            }
        }
        String who = String.join("、", authors.stream().limit(SHOWN_AUTHORS).toList())
                + (authors.size() > SHOWN_AUTHORS ? ImportTexts.get("review.moreAuthors") : "");
        return who.isEmpty() ? ImportTexts.get("review.snapshot", word.fileName())
                : ImportTexts.get("review.snapshot.by", word.fileName(), who);
    }
}
