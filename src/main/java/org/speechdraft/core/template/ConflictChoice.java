package org.speechdraft.core.template;

/** Asked during an import for each template whose id is already in the library. */
@FunctionalInterface
public interface ConflictChoice {

    enum Resolution {
        /** The imported one takes the place of the user's template; a read-only one is never replaced, both are kept. */
        REPLACE,
        /** The imported one is added under a new id. */
        KEEP_BOTH,
        /** The imported one is left out. */
        SKIP
    }

    Resolution choose(Template incoming, Template existing);

    static ConflictChoice always(Resolution resolution) {
        return (incoming, existing) -> resolution;
    }
}
