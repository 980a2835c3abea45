package org.speechdraft.core.text;

/** Where a search hit lies in the text: chars {@code start} (inclusive) to {@code end} (exclusive). */
public record TextMatch(int start, int end) {

    public TextMatch {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid match range: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
