package org.speechdraft.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Literal find for the editor's search bar. Ignoring case folds letter case only (A/a); full-width
 * and half-width forms stay different, since ２０２５ and 2025 are different text in a 公文.
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** All non-overlapping occurrences of {@code query}, left to right; none for an empty query. */
    public static List<TextMatch> findAll(CharSequence text, String query, boolean matchCase) {
        Objects.requireNonNull(query, "query");
        List<TextMatch> matches = new ArrayList<>();
        if (query.isEmpty()) {
            return matches;
        }
        String haystack = text.toString();
        // A query without letters that have case (Chinese words, figures) needs no case folding.
        boolean exact = matchCase || !hasCasedLetter(query);
        int at = indexOf(haystack, query, 0, exact);
        while (at >= 0) {
            matches.add(new TextMatch(at, at + query.length()));
            at = indexOf(haystack, query, at + query.length(), exact);
        }
        return matches;
    }

    private static boolean hasCasedLetter(String query) {
        return query.codePoints().anyMatch(c -> Character.toUpperCase(c) != c || Character.toLowerCase(c) != c);
    }

    private static int indexOf(String text, String query, int from, boolean exact) {
        if (exact) {
            return text.indexOf(query, from);
        }
        // Skip ahead with indexOf on the first character in both cases before comparing the rest.
        char first = query.charAt(0);
        char upper = Character.toUpperCase(first);
        char lower = Character.toLowerCase(first);
        for (int i = from, last = text.length() - query.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == upper || c == lower || Character.toLowerCase(c) == lower)
                    && text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
