package org.speechdraft.core.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.Snapshot;

/**
 * A draft's snapshots, oldest first. Automatic snapshots are taken before every big change, so they
 * would pile up: beyond {@link #MAX_AUTOMATIC} the oldest automatic one goes. The user's own are
 * never dropped; only the user deletes them.
 */
public record SnapshotHistory(List<Snapshot> snapshots) {

    public static final int MAX_AUTOMATIC = 50;

    public SnapshotHistory {
        snapshots = List.copyOf(snapshots);
    }

    /** This history with {@code snapshot} added last (and the oldest automatic one dropped if too many). */
    public SnapshotHistory plus(Snapshot snapshot) {
        List<Snapshot> all = new ArrayList<>(snapshots);
        all.add(snapshot);
        long automatic = all.stream().filter(Snapshot::automatic).count();
        for (int i = 0; automatic > MAX_AUTOMATIC && i < all.size(); ) {
            if (all.get(i).automatic()) {
                all.remove(i);
                automatic--;
            } else {
                i++;
            }
        }
        return new SnapshotHistory(all);
    }

    public SnapshotHistory without(Snapshot snapshot) {
        List<Snapshot> all = new ArrayList<>(snapshots);
        all.remove(snapshot);
        return new SnapshotHistory(all);
    }

    /** {@code snapshot} renamed in place; a renamed automatic snapshot is one the user wants to keep. */
    public SnapshotHistory renamed(Snapshot snapshot, String name) {
        List<Snapshot> all = new ArrayList<>(snapshots);
        int at = all.indexOf(snapshot);
        if (at >= 0) {
            all.set(at, new Snapshot(name, snapshot.takenAt(), snapshot.paragraphs(), false, snapshot.revisions(),
                    snapshot.rejected()));
        }
        return new SnapshotHistory(all);
    }

    /** {@code snapshot} replaced in place by {@code changed} (the same version with the user's decisions). */
    public SnapshotHistory replaced(Snapshot snapshot, Snapshot changed) {
        List<Snapshot> all = new ArrayList<>(snapshots);
        int at = all.indexOf(snapshot);
        if (at >= 0) {
            all.set(at, changed);
        }
        return new SnapshotHistory(all);
    }
}
