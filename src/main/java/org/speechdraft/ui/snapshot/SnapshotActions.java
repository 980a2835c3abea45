package org.speechdraft.ui.snapshot;

import javafx.collections.ObservableList;
import org.speechdraft.core.model.Snapshot;

/** What the snapshots dialog can do with the open draft's snapshots. */
public interface SnapshotActions {

    /** Oldest first. */
    ObservableList<Snapshot> snapshots();

    /** Asks for a name and keeps the text as it is now. */
    void takeSnapshot();

    /** Asks for the new name. */
    void rename(Snapshot snapshot);

    void delete(Snapshot snapshot);

    /** The snapshot's text into the editor, as one undo step. */
    void restore(Snapshot snapshot);

    /** Side by side: the snapshot on the left, the draft on the right. */
    void compareWithDraft(Snapshot snapshot);

    /** Side by side: the older snapshot on the left, the newer on the right. */
    void compareSnapshots(Snapshot one, Snapshot other);

    /** Asks for a file (.sdraft, .txt, .docx) and compares it with the draft. */
    void compareWithFile();
}
