package org.speechdraft.core.outline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A web page's summary ("摘要") that repeats the speech's beginning on one long flattened line: its
 * headings are copies, not new sections. Recognised by a long line with several headings whose
 * first words (blanks and line breaks ignored) are the words at the start of an earlier line.
 */
final class RepeatedPassage {

    private static final int MIN_LINE = 200;
    private static final int MIN_HEADINGS = 2;
    private static final int KEY_LENGTH = 30;

    private RepeatedPassage() {
    }

    /** Lines that repeat earlier text, given how many structural markers each line holds. */
    static boolean[] find(List<String> lines, int[] markersPerLine) {
        boolean[] copies = new boolean[lines.size()];
        boolean anyCandidate = false;
        for (int i = 0; i < lines.size(); i++) {
            anyCandidate |= isCandidate(lines.get(i), markersPerLine[i]);
        }
        if (!anyCandidate) {
            return copies;
        }
        Map<String, Integer> firstLineWithKey = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = wordsFrom(lines, i);
            if (key != null) {
                Integer earlier = firstLineWithKey.putIfAbsent(key, i);
                copies[i] = earlier != null && isCandidate(lines.get(i), markersPerLine[i]);
            }
        }
        return copies;
    }

    /** The first {@value #KEY_LENGTH} non-blank characters from the start of line {@code from}, or null. */
    private static String wordsFrom(List<String> lines, int from) {
        if (Chars.isBlank(lines.get(from))) {
            return null;
        }
        char[] key = new char[KEY_LENGTH];
        int n = 0;
        for (int line = from; line < lines.size() && n < KEY_LENGTH; line++) {
            String text = lines.get(line);
            for (int i = 0; i < text.length() && n < KEY_LENGTH; i++) {
                if (!Chars.isBlank(text.charAt(i))) {
                    key[n++] = text.charAt(i);
                }
            }
        }
        return n == KEY_LENGTH ? new String(key) : null;
    }

    private static boolean isCandidate(String line, int markers) {
        return line.length() >= MIN_LINE && markers >= MIN_HEADINGS;
    }
}
