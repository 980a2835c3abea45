package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.Locale;

/** What one rule did (nothing, when it was switched off). */
public record RuleReport(RuleInfo rule, boolean enabled, List<CleanupChange> changes) {

    public RuleReport {
        changes = List.copyOf(changes);
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** "删除 3 行，修改 2 处", for a one-line summary. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        for (ChangeKind kind : ChangeKind.values()) {
            long n = count(kind);
            if (n > 0) {
                if (!text.isEmpty()) {
                    text.append(CleanupTexts.get("summary.separator"));
                }
                text.append(CleanupTexts.get("summary." + kind.name().toLowerCase(Locale.ROOT), String.valueOf(n)));
            }
        }
        return text.toString();
    }
}
