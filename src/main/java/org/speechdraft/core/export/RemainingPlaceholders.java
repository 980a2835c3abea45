package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;

/**
 * The placeholders an export warns about: the ones written as placeholders. Suspected deleted
 * figures (疑似缺数) are left out: they are guesses, and a gap has no characters to highlight — so
 * they are not even looked for, which is a good part of a command-line export's time.
 */
public final class RemainingPlaceholders {

    private static final PlaceholderDetector DETECTOR = new PlaceholderDetector();

    private RemainingPlaceholders() {
    }

    /** In text order. */
    public static List<Placeholder> in(Draft draft) {
        List<DraftParagraph> paragraphs = draft.paragraphs();
        List<Placeholder> remaining = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            remaining.addAll(DETECTOR.detectIn(paragraphs.get(i).text(), i));
        }
        return List.copyOf(remaining);
    }
}
