package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.RunEdits;

/** Collects what the running rule does, line by line, in the terms of {@link CleanupChange}. */
final class ChangeLog {

    private final List<CleanupChange> changes = new ArrayList<>();

    void removed(Line line) {
        changes.add(new CleanupChange(ChangeKind.REMOVED, line.origin(), line.text(), "", List.of()));
    }

    void changed(Line before, String after, List<RunEdits.Edit> edits) {
        changes.add(new CleanupChange(ChangeKind.CHANGED, before.origin(), before.text(), after, edits));
    }

    void joined(Line upper, Line lower, String after) {
        changes.add(new CleanupChange(ChangeKind.JOINED, upper.origin(), upper.text() + "\n" + lower.text(), after,
                List.of()));
    }

    void split(Line line, List<String> parts) {
        changes.add(new CleanupChange(ChangeKind.SPLIT, line.origin(), line.text(), String.join("\n", parts), List.of()));
    }

    List<CleanupChange> changes() {
        return List.copyOf(changes);
    }
}
