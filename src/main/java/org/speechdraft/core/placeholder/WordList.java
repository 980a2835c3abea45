package org.speechdraft.core.placeholder;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A fixed list of short words, looked up at a position of a text: which word starts there, or
 * whether one ends there. Indexed by first and last character, because it is asked at every
 * character of a clause and most characters start no word.
 */
final class WordList {

    /** The distinct first characters, sorted, and for each the words that start with it, longest first. */
    private final char[] firstCharIndex;
    private final String[][] wordsByFirstChar;
    private final BitSet firstChars = new BitSet();
    private final BitSet secondChars = new BitSet();
    private final BitSet singleCharWords = new BitSet();
    private final BitSet lastChars = new BitSet();

    WordList(List<String> words) {
        Map<Character, List<String>> grouped = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.groupingBy(word -> word.charAt(0), TreeMap::new, Collectors.toList()));
        firstCharIndex = new char[grouped.size()];
        wordsByFirstChar = new String[grouped.size()][];
        int i = 0;
        for (Map.Entry<Character, List<String>> entry : grouped.entrySet()) {
            firstCharIndex[i] = entry.getKey();
            wordsByFirstChar[i++] = entry.getValue().toArray(String[]::new);
        }
        words.forEach(word -> {
            firstChars.set(word.charAt(0));
            lastChars.set(word.charAt(word.length() - 1));
            if (word.length() == 1) {
                singleCharWords.set(word.charAt(0));
            } else {
                secondChars.set(word.charAt(1));
            }
        });
    }

    /** Could a word start with {@code c}? A cheap test before {@link #longestAt}. */
    boolean mayStartWith(char c) {
        return firstChars.get(c);
    }

    /** The longest word that starts at {@code at}, or null. */
    String longestAt(CharSequence text, int at) {
        if (at >= text.length() || !firstChars.get(text.charAt(at))) {
            return null;
        }
        // Common characters start some word (发 of 发放, but also of 发展): the second one rules most out.
        boolean secondFits = at + 1 < text.length() && secondChars.get(text.charAt(at + 1));
        if (!secondFits && !singleCharWords.get(text.charAt(at))) {
            return null;
        }
        // An array search, not a map of Character: this runs at many characters and must not allocate.
        for (String word : wordsByFirstChar[Arrays.binarySearch(firstCharIndex, text.charAt(at))]) {
            if (matches(text, at, word)) {
                return word;
            }
        }
        return null;
    }

    /** True if a word ends just before {@code end}. */
    boolean endsAt(CharSequence text, int end) {
        if (end <= 0 || end > text.length() || !lastChars.get(text.charAt(end - 1))) {
            return false;
        }
        for (String[] words : wordsByFirstChar) {
            for (String word : words) {
                if (end >= word.length() && matches(text, end - word.length(), word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if {@code word} is written at {@code at}; false where it would run past either end. */
    static boolean matches(CharSequence text, int at, String word) {
        if (at < 0) {
            return false;
        }
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
