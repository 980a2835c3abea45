package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.Optional;

/** What every rule did, in the order the rules ran. */
public record CleanupReport(List<RuleReport> rules) {

    public CleanupReport {
        rules = List.copyOf(rules);
    }

    /** The rules that changed something, for the summary. */
    public List<RuleReport> effective() {
        return rules.stream().filter(r -> !r.changes().isEmpty()).toList();
    }

    public Optional<RuleReport> rule(String id) {
        return rules.stream().filter(r -> r.rule().id().equals(id)).findFirst();
    }

    public boolean changedNothing() {
        return effective().isEmpty();
    }
}
