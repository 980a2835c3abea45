package org.speechdraft.ui.compare;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reactfx.Subscription;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.compare.Review;
import org.speechdraft.core.compare.RevisionAttribution;
import org.speechdraft.core.model.RejectedChange;
import org.speechdraft.core.model.Revision;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * One comparison on screen: the other version on the left, on the right the draft in the editor
 * (live: it follows the user's edits and undo) or another snapshot (then nothing can be accepted).
 * Accepting a change edits the draft in the editor, one undo step per acceptance. When the other
 * version is a leader's marked-up copy after its 修订, it is the newer one: the view shows the draft
 * before it, and each change with who made it.
 */
public final class CompareModel {

    private final String leftName;
    private final String rightName;
    private final SpeechArea area;
    private final ReadOnlyObjectWrapper<Review> review;
    /** Who made each change, for the revised version of a marked-up document; null otherwise. */
    private final RevisionAttribution revisions;
    /** Told the rejected changes after every rejection, to keep them with the reviewed version. */
    private final Consumer<List<RejectedChange>> keepRejected;
    private Subscription following = Subscription.EMPTY;

    private CompareModel(String leftName, String rightName, SpeechArea area, Review start, RevisionAttribution revisions,
                         Consumer<List<RejectedChange>> keepRejected) {
        this.leftName = leftName;
        this.rightName = rightName;
        this.area = area;
        this.review = new ReadOnlyObjectWrapper<>(start);
        this.revisions = revisions;
        this.keepRejected = keepRejected;
        if (area != null) {
            // the comparison catches up once typing pauses, with the editor's other live views
            following = area.typingPauses().subscribe(pause -> refresh());
        }
    }

    /** {@code left} compared with the draft in {@code area}, whose changes can be accepted. */
    public static CompareModel live(String leftName, List<DraftParagraph> left, String rightName, SpeechArea area) {
        return new CompareModel(leftName, rightName, area, Review.of(left, paragraphsOf(area)), null, rejected -> { });
    }

    /**
     * 审阅修订: the draft in {@code area} and a marked-up document's revised version, its changes with
     * their revisers; those rejected before stay rejected, and {@code keepRejected} is told the
     * rejected ones after each rejection.
     */
    public static CompareModel revisions(Snapshot revised, String rightName, SpeechArea area,
                                         Consumer<List<RejectedChange>> keepRejected) {
        return new CompareModel(revised.name(), rightName, area,
                Review.of(revised.paragraphs(), paragraphsOf(area), revised.rejected()), new RevisionAttribution(revised),
                keepRejected);
    }

    /** Two fixed versions (two snapshots): to look at only. */
    public static CompareModel between(String leftName, List<DraftParagraph> left, String rightName,
                                       List<DraftParagraph> right) {
        return new CompareModel(leftName, rightName, null, Review.of(left, right), null, rejected -> { });
    }

    /** The other version is a leader's revised copy: newer than the draft, its changes are 修订 to review. */
    public boolean reviewsRevisions() {
        return revisions != null;
    }

    /** Who made {@code change} (in a review of 修订); empty when unknown or not such a review. */
    public List<Revision> revisersOf(Change change) {
        return revisions == null ? List.of() : revisions.of(change);
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
            keepRejected.accept(review.get().rejected());
        }
    }

    public void rejectAll() {
        if (editable()) {
            review.set(review.get().rejectAll());
            keepRejected.accept(review.get().rejected());
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
