package org.speechdraft.core.compare;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.RejectedChange;

/**
 * Going through the changes between another version and the current draft, one by one: the open
 * changes are those of the comparison that were not rejected. A rejected change is known by its
 * other-version side and the current text, which stay the same while other changes are accepted,
 * so it stays rejected when the draft is compared again — and, kept with the snapshot
 * ({@link #rejected()}), in a later review. Immutable: every step gives a new review.
 */
public final class Review {

    private static final DraftComparer COMPARER = new DraftComparer();

    private final List<DraftParagraph> other;
    private final List<DraftParagraph> current;
    private final Set<Key> rejected;
    private final Comparison comparison;
    private final List<Change> open;

    /** What identifies a change across comparisons of the same other version. */
    private record Key(Change.Side left, String rightText, boolean wholeParagraph) {
        static Key of(Change c) {
            return new Key(c.left(), c.right().text(), c.wholeParagraph());
        }

        static Key of(RejectedChange r) {
            return new Key(new Change.Side(r.paragraph(), r.start(), r.end(), r.snapshotText()), r.draftText(),
                    r.wholeParagraph());
        }

        RejectedChange toModel() {
            return new RejectedChange(left.paragraph(), left.start(), left.end(), left.text(), rightText, wholeParagraph);
        }
    }

    private Review(List<DraftParagraph> other, List<DraftParagraph> current, Set<Key> rejected) {
        this.other = List.copyOf(other);
        this.current = List.copyOf(current);
        this.rejected = Set.copyOf(rejected);
        this.comparison = COMPARER.compare(this.other, this.current);
        this.open = comparison.changes().stream().filter(c -> !this.rejected.contains(Key.of(c))).toList();
    }

    /** @param other the left version; {@code current} the right one, which accepting changes edits */
    public static Review of(List<DraftParagraph> other, List<DraftParagraph> current) {
        return new Review(other, current, Set.of());
    }

    /** A review that goes on from an earlier one: {@code rejected} stay rejected. */
    public static Review of(List<DraftParagraph> other, List<DraftParagraph> current, List<RejectedChange> rejected) {
        Set<Key> keys = new HashSet<>();
        rejected.forEach(r -> keys.add(Key.of(r)));
        return new Review(other, current, keys);
    }

    /** The changes rejected so far (also those the draft no longer differs in), to keep with the snapshot. */
    public List<RejectedChange> rejected() {
        return rejected.stream().map(Key::toModel)
                .sorted(Comparator.comparingInt(RejectedChange::paragraph).thenComparingInt(RejectedChange::start)
                        .thenComparingInt(RejectedChange::end).thenComparing(RejectedChange::snapshotText)
                        .thenComparing(RejectedChange::draftText))
                .toList();
    }

    /** The comparison with every change, rejected ones too (the texts differ there all the same). */
    public Comparison comparison() {
        return comparison;
    }

    /** The changes still to accept or reject, in text order. */
    public List<Change> openChanges() {
        return open;
    }

    public List<DraftParagraph> other() {
        return other;
    }

    public List<DraftParagraph> current() {
        return current;
    }

    /** The same review of the draft as it is now (after an edit made elsewhere, or an accepted change). */
    public Review withCurrent(List<DraftParagraph> newCurrent) {
        return newCurrent.equals(current) ? this : new Review(other, newCurrent, rejected);
    }

    /** The current draft with {@code change} accepted; pass it to {@link #withCurrent} once it is in the draft. */
    public List<DraftParagraph> accept(Change change) {
        return Acceptance.accept(current, other, change);
    }

    /** The current draft with every open change accepted. */
    public List<DraftParagraph> acceptAll() {
        return Acceptance.accept(current, other, open);
    }

    /** The draft keeps its text here; the change is no longer open. */
    public Review reject(Change change) {
        Set<Key> keys = new HashSet<>(rejected);
        keys.add(Key.of(change));
        return new Review(other, current, keys);
    }

    public Review rejectAll() {
        Set<Key> keys = new HashSet<>(rejected);
        open.forEach(c -> keys.add(Key.of(c)));
        return new Review(other, current, keys);
    }
}
