package org.speechdraft.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Snapshot;

class SnapshotHistoryTest {

    private static final List<DraftParagraph> TEXT = List.of(DraftParagraph.of(ParagraphLevel.BODY, "同志们："));

    private static Snapshot snapshot(String name, int minute, boolean automatic) {
        return new Snapshot(name, Instant.parse("2026-03-01T08:00:00Z").plusSeconds(60L * minute), TEXT, automatic);
    }

    @Test
    void theOldestAutomaticSnapshotsMakeRoomButTheUsersAreKept() {
        SnapshotHistory history = new SnapshotHistory(List.of(snapshot("初稿", 0, false)));
        for (int i = 1; i <= SnapshotHistory.MAX_AUTOMATIC + 5; i++) {
            history = history.plus(snapshot("自动：导入数据前 " + i, i, true));
        }
        history = history.plus(snapshot("局长修改稿", 100, false));

        List<Snapshot> all = history.snapshots();
        assertEquals(SnapshotHistory.MAX_AUTOMATIC + 2, all.size());
        assertEquals("初稿", all.get(0).name());
        assertEquals("自动：导入数据前 6", all.get(1).name(), "the five oldest automatic ones went");
        assertEquals("局长修改稿", all.get(all.size() - 1).name());
    }

    @Test
    void renamingKeepsThePlaceAndMakesAnAutomaticSnapshotTheUsers() {
        Snapshot auto = snapshot("自动：恢复快照前 14:05", 1, true);
        SnapshotHistory history = new SnapshotHistory(List.of(snapshot("初稿", 0, false), auto));

        Snapshot renamed = history.renamed(auto, "二稿").snapshots().get(1);

        assertEquals("二稿", renamed.name());
        assertEquals(auto.takenAt(), renamed.takenAt());
        assertFalse(renamed.automatic());
    }

    @Test
    void deletingRemovesOnlyThatSnapshot() {
        Snapshot first = snapshot("初稿", 0, false);
        Snapshot second = snapshot("二稿", 1, false);

        assertEquals(List.of(second), new SnapshotHistory(List.of(first, second)).without(first).snapshots());
    }
}
