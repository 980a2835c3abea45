package org.speechdraft.ui.document;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.snapshot.SnapshotHistory;
import org.speechdraft.ui.UiText;

/**
 * The open draft's snapshots, oldest first, as the window shows them. They are part of the draft:
 * taking, renaming or deleting one is a change to save ({@link #changedProperty()}).
 */
public final class SnapshotStore {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final ObservableList<Snapshot> list = FXCollections.observableArrayList();
    private final ObservableList<Snapshot> readOnly = FXCollections.unmodifiableObservableList(list);
    private final ObjectProperty<List<Snapshot>> saved = new SimpleObjectProperty<>(List.of());
    private final BooleanBinding changed = Bindings.createBooleanBinding(() -> !list.equals(saved.get()), list, saved);
    private long edits;

    public SnapshotStore() {
        list.addListener((javafx.collections.ListChangeListener<Snapshot>) c -> edits++);
    }

    /** The snapshots of a draft just opened (or new): nothing to save yet. */
    void load(List<Snapshot> snapshots) {
        list.setAll(snapshots);
        markSaved();
    }

    /** The snapshots of recovered text: not saved yet. */
    void replace(List<Snapshot> snapshots) {
        list.setAll(snapshots);
    }

    void markSaved() {
        saved.set(List.copyOf(list));
    }

    /**
     * Keeps {@code paragraphs} as a snapshot. By hand, {@code name} is the user's; automatically it
     * says what is about to happen ("导入数据") and the snapshot is named "自动：导入数据前 14:05".
     */
    public Snapshot take(String name, boolean automatic, List<DraftParagraph> paragraphs) {
        String shown = automatic ? UiText.get("snapshot.auto.name", name, LocalTime.now().format(CLOCK)) : name;
        Snapshot snapshot = new Snapshot(shown, Instant.now(), paragraphs, automatic);
        list.setAll(new SnapshotHistory(list).plus(snapshot).snapshots());
        return snapshot;
    }

    public void rename(Snapshot snapshot, String name) {
        list.setAll(new SnapshotHistory(list).renamed(snapshot, name).snapshots());
    }

    /** Keeps {@code changed} in the place of {@code snapshot}, e.g. with the revisions rejected in a review. */
    public void replace(Snapshot snapshot, Snapshot changed) {
        list.setAll(new SnapshotHistory(list).replaced(snapshot, changed).snapshots());
    }

    public void delete(Snapshot snapshot) {
        list.setAll(new SnapshotHistory(list).without(snapshot).snapshots());
    }

    /** The default name of a snapshot taken by hand: "快照 14:05". */
    public static String suggestedName() {
        return UiText.get("snapshot.defaultName", LocalTime.now().format(CLOCK));
    }

    /** Oldest first; change them through this store. */
    public ObservableList<Snapshot> list() {
        return readOnly;
    }

    /** Counts changes to the list, so autosave can tell whether anything changed since it last ran. */
    long editCount() {
        return edits;
    }

    /** True while the snapshots differ from those last saved (or opened). */
    public BooleanBinding changedProperty() {
        return changed;
    }
}
