package org.speechdraft.core.cleanup;

import java.util.HashSet;
import java.util.Set;

/**
 * Which rules run: those on by default unless switched off, and those off by default that were
 * switched on. Unknown ids are kept but mean nothing.
 */
public record CleanupOptions(Set<String> switchedOff, Set<String> switchedOn) {

    public static final CleanupOptions DEFAULTS = new CleanupOptions(Set.of(), Set.of());

    /** Every rule off: the text as it is. */
    public static CleanupOptions none() {
        Set<String> all = new HashSet<>();
        Cleaner.rules().forEach(rule -> all.add(rule.id()));
        return new CleanupOptions(all, Set.of());
    }

    public CleanupOptions {
        switchedOff = Set.copyOf(switchedOff);
        switchedOn = Set.copyOf(switchedOn);
    }

    public CleanupOptions without(String ruleId) {
        return switched(ruleId, false);
    }

    public CleanupOptions with(String ruleId) {
        return switched(ruleId, true);
    }

    private CleanupOptions switched(String ruleId, boolean on) {
        Set<String> off = new HashSet<>(switchedOff);
        Set<String> onSet = new HashSet<>(switchedOn);
        (on ? onSet : off).add(ruleId);
        (on ? off : onSet).remove(ruleId);
        return new CleanupOptions(off, onSet);
    }

    public boolean isEnabled(RuleInfo rule) {
        return switchedOn.contains(rule.id()) || (rule.onByDefault() && !switchedOff.contains(rule.id()));
    }
}
