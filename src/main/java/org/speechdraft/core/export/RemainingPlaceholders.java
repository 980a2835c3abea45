package org.speechdraft.core.export;

import java.util.List;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;

/**
 * The placeholders an export warns about: the ones written as placeholders. Suspected deleted
 * figures (疑似缺数) are left out: they are guesses, and a gap has no characters to highlight.
 */
public final class RemainingPlaceholders {

    private static final PlaceholderDetector DETECTOR = new PlaceholderDetector();

    private RemainingPlaceholders() {
    }

    public static List<Placeholder> in(Draft draft) {
        return DETECTOR.detect(draft.paragraphs().stream().map(DraftParagraph::text).toList()).placeholders();
    }
}
