package org.speechdraft.ui.compare;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reactfx.Subscription;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.compare.Review;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * One comparison on screen: the other version on the left, on the right the draft in the editor
 * (live: it follows the user's edits and undo) or another snapshot (then nothing can be accepted).
 * Accepting a change edits the draft in the editor, one undo step per acceptance.
 */
public final class CompareModel {

    private final String leftName;
    private final String rightName;
    private final SpeechArea area;
    private final ReadOnlyObjectWrapper<Review> review;
    private Subscription following = Subscription.EMPTY;

    private CompareModel(String leftName, String rightName, SpeechArea area, Review start) {
        this.leftName = leftName;
        this.rightName = rightName;
        this.area = area;
        this.review = new ReadOnlyObjectWrapper<>(start);
        if (area != null) {
            // the comparison catches up once typing pauses, with the editor's other live views
            following = area.typingPauses().subscribe(pause -> refresh());
        }
    }

    /** {@code left} compared with the draft in {@code area}, whose changes can be accepted. */
    public static CompareModel live(String leftName, List<DraftParagraph> left, String rightName, SpeechArea area) {
        return new CompareModel(leftName, rightName, area, Review.of(left, paragraphsOf(area)));
    }

    /** Two fixed versions (two snapshots): to look at only. */
    public static CompareModel between(String leftName, List<DraftParagraph> left, String rightName,
                                       List<DraftParagraph> right) {
        return new CompareModel(leftName, rightName, null, Review.of(left, right));
    }

    public ReadOnlyObjectProperty<Review> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public String leftName() {
        return leftName;
    }

    public String rightName() {
        return rightName;
    }

    /** Whether changes can be accepted or rejected: only against the draft itself. */
    public boolean editable() {
        return area != null;
    }

    /** The draft takes the other version's text for {@code change}: one undo step. */
    public void accept(Change change) {
        if (editable()) {
            edit(review.get().accept(change), change.right().paragraph());
        }
    }

    /** The draft takes the other version's text for every open change: one undo step. */
    public void acceptAll() {
        List<Change> open = review.get().openChanges();
        if (editable() && !open.isEmpty()) {
            edit(review.get().acceptAll(), open.get(0).right().paragraph());
        }
    }

    /** The draft keeps its text; the change leaves the list. */
    public void reject(Change change) {
        if (editable()) {
            review.set(review.get().reject(change));
        }
    }

    public void rejectAll() {
        if (editable()) {
            review.set(review.get().rejectAll());
        }
    }

    /** Compares again with the draft as it is now. */
    public void refresh() {
        if (editable()) {
            review.set(review.get().withCurrent(paragraphsOf(area)));
        }
    }

    /** Stops following the editor (the window closed). */
    public void close() {
        following.unsubscribe();
    }

    private void edit(List<DraftParagraph> target, int caretParagraph) {
        area.replaceParagraphs(target, caretParagraph);
        refresh();
    }

    private static List<DraftParagraph> paragraphsOf(SpeechArea area) {
        return area.draftParagraphs();
    }
}
