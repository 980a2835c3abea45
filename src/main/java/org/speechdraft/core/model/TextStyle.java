package org.speechdraft.core.model;

import java.util.HashSet;
import java.util.Set;

/**
 * Character style inside a paragraph: the two emphases a speech needs, and what the text is
 * annotated with — the 批注 (comments) it lies in, and, in a marked-up version kept for review, the
 * Word 修订 (revisions) that made it. Annotations live on the text itself so that they move with it
 * through every edit, undo and clean-up.
 *
 * @param comments  ids of the {@link DraftComment}s whose range holds this text
 * @param revisions ids of the {@link Revision}s that inserted this text, or deleted text next to it;
 *                  only in a reviewed version's paragraphs, never in the editor
 */
public record TextStyle(boolean bold, boolean highlight, Set<String> comments, Set<String> revisions) {

    public static final TextStyle EMPTY = new TextStyle(false, false);

    public TextStyle {
        comments = comments == null || comments.isEmpty() ? Set.of() : Set.copyOf(comments);
        revisions = revisions == null || revisions.isEmpty() ? Set.of() : Set.copyOf(revisions);
    }

    /** Plain emphasis, without annotations. */
    public TextStyle(boolean bold, boolean highlight) {
        this(bold, highlight, Set.of(), Set.of());
    }

    public TextStyle withBold(boolean value) {
        return new TextStyle(value, highlight, comments, revisions);
    }

    public TextStyle withHighlight(boolean value) {
        return new TextStyle(bold, value, comments, revisions);
    }

    public TextStyle withComment(String id) {
        return comments.contains(id) ? this : new TextStyle(bold, highlight, plus(comments, id), revisions);
    }

    public TextStyle withoutComment(String id) {
        if (!comments.contains(id)) {
            return this;
        }
        Set<String> rest = new HashSet<>(comments);
        rest.remove(id);
        return new TextStyle(bold, highlight, rest, revisions);
    }

    public TextStyle withRevision(String id) {
        return revisions.contains(id) ? this : new TextStyle(bold, highlight, comments, plus(revisions, id));
    }

    /** The same style without revision marks: text taken from a reviewed version into the draft. */
    public TextStyle withoutRevisions() {
        return revisions.isEmpty() ? this : new TextStyle(bold, highlight, comments, Set.of());
    }

    private static Set<String> plus(Set<String> ids, String id) {
        Set<String> more = new HashSet<>(ids);
        more.add(id);
        return more;
    }
}
