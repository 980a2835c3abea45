package org.speechdraft.core.template;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The user's marks on templates, kept apart from the templates themselves (built-in and shared
 * ones are read-only, yet may be favourites): favourite ids and when each was last used.
 */
record LibraryState(Set<String> favourites, Map<String, Instant> lastUsed) {

    static final LibraryState EMPTY = new LibraryState(Set.of(), Map.of());

    LibraryState {
        favourites = Set.copyOf(favourites);
        lastUsed = Map.copyOf(lastUsed);
    }

    boolean isFavourite(String id) {
        return favourites.contains(id);
    }

    /** null if never used */
    Instant lastUsed(String id) {
        return lastUsed.get(id);
    }

    LibraryState withFavourite(String id, boolean favourite) {
        Set<String> changed = new HashSet<>(favourites);
        if (favourite) {
            changed.add(id);
        } else {
            changed.remove(id);
        }
        return new LibraryState(changed, lastUsed);
    }

    /** @param when null forgets it */
    LibraryState withLastUsed(String id, Instant when) {
        Map<String, Instant> changed = new HashMap<>(lastUsed);
        if (when == null) {
            changed.remove(id);
        } else {
            changed.put(id, when);
        }
        return new LibraryState(favourites, changed);
    }

    LibraryState without(String id) {
        return withFavourite(id, false).withLastUsed(id, null);
    }
}
