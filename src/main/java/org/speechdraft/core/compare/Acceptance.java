package org.speechdraft.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.RunEdits;

/**
 * Accepting changes into the current draft (the right version): it takes the other (left)
 * version's text for them. A paragraph only the other version has is inserted with its level and
 * styles; a paragraph only the current draft has is removed; text inside a paragraph is replaced,
 * keeping the current paragraph's level and the styles around it. Rejecting a change leaves the
 * draft as it is, so it needs nothing here.
 */
public final class Acceptance {

    /** Changes applied from the end of the draft backwards, so that the indices of the others stay valid. */
    private static final Comparator<Change> BACKWARDS = Comparator
            .comparingInt((Change c) -> c.right().paragraph())
            // at one index: the text of that paragraph first, then the paragraphs inserted before it
            .thenComparing(Acceptance::insertsParagraph, Comparator.reverseOrder())
            .thenComparingInt(c -> c.right().start())
            .thenComparingInt(c -> c.left().paragraph())
            .reversed();

    private Acceptance() {
    }

    /**
     * @param current the current draft's paragraphs (the comparison's right side)
     * @param other   the other version's paragraphs (its left side)
     * @param changes changes of the comparison of {@code other} with {@code current}
     * @return the current draft with the other version's text for every change in {@code changes}
     */
    public static List<DraftParagraph> accept(List<DraftParagraph> current, List<DraftParagraph> other,
                                              Collection<Change> changes) {
        List<DraftParagraph> result = new ArrayList<>(current);
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(BACKWARDS);
        for (Change c : ordered) {
            int at = c.right().paragraph();
            if (insertsParagraph(c)) {
                result.add(at, other.get(c.left().paragraph()).withoutRevisions());
            } else if (c.wholeParagraph()) {
                result.remove(at);
            } else {
                result.set(at, RunEdits.apply(result.get(at),
                        List.of(new RunEdits.Edit(c.right().start(), c.right().end(), c.left().text()))));
            }
        }
        if (result.isEmpty()) {
            result.add(DraftParagraph.of(ParagraphLevel.BODY, ""));
        }
        return result;
    }

    /** {@link #accept(List, List, Collection)} for one change. */
    public static List<DraftParagraph> accept(List<DraftParagraph> current, List<DraftParagraph> other, Change change) {
        return accept(current, other, List.of(change));
    }

    private static boolean insertsParagraph(Change c) {
        return c.wholeParagraph() && c.kind() == Change.Kind.DELETE;
    }
}
