package org.speechdraft.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded text split into lines at \n, \r\n and \r, with the positions scripts need: 1-based line
 * numbers and offsets in Unicode code points (a character outside the BMP, such as 𠀋, counts once).
 */
final class LineIndex {

    private final String text;
    private final List<String> lines = new ArrayList<>();
    private final List<Integer> lineStarts = new ArrayList<>();
    // Positions are asked for in text order: count code points onwards from the last answer.
    private int cursorChar;
    private int cursorCodePoints;

    LineIndex(String text) {
        this.text = text;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                lineStarts.add(start);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        lineStarts.add(start);
    }

    List<String> lines() {
        return lines;
    }

    /** The code-point offset from the start of the text to char {@code column} of line {@code line} (0-based). */
    int codePointOffset(int line, int column) {
        int target = lineStarts.get(line) + column;
        if (target < cursorChar) {
            cursorChar = 0;
            cursorCodePoints = 0;
        }
        cursorCodePoints += text.codePointCount(cursorChar, target);
        cursorChar = target;
        return cursorCodePoints;
    }
}
