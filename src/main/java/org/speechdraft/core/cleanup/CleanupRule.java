package org.speechdraft.core.cleanup;

import java.util.List;

/** One kind of noise and how to take it out; its name and description come from the bundle by its id. */
interface CleanupRule {

    String id();

    default boolean onByDefault() {
        return true;
    }

    /** The lines without this rule's noise; everything it did is told to {@code log}. */
    List<Line> apply(List<Line> lines, ChangeLog log);

    default RuleInfo info() {
        return new RuleInfo(id(), CleanupTexts.get("rule." + id() + ".name"),
                CleanupTexts.get("rule." + id() + ".description"), onByDefault());
    }
}
