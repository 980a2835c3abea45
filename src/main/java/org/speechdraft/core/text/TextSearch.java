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
        int at = indexOf(haystack, query, 0, matchCase);
        while (at >= 0) {
            matches.add(new TextMatch(at, at + query.length()));
            at = indexOf(haystack, query, at + query.length(), matchCase);
        }
        return matches;
    }

    private static int indexOf(String text, String query, int from, boolean matchCase) {
        if (matchCase) {
            return text.indexOf(query, from);
        }
        for (int i = from, last = text.length() - query.length(); i <= last; i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
