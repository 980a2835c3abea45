package org.speechdraft.core.placeholder;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV-like text as office tools save it: cells separated by comma, tab, semicolon or
 * a full-width comma (whichever most lines use), quoted as RFC 4180 says — "12,500" is one cell,
 * "" inside quotes is one quote, and a quoted cell may span lines.
 */
final class DelimitedValues {

    /** In this order when lines use two of them equally often. */
    private static final String SEPARATORS = "\t,;，";
    private static final char QUOTE = '"';
    /** Enough lines to tell the separator; the first ones may be a title or a heading. */
    private static final int LINES_SAMPLED = 20;

    private DelimitedValues() {
    }

    static List<List<String>> rows(String text) {
        return new Splitter(text, separator(text)).rows();
    }

    static char separator(String text) {
        List<String> sample = text.lines().filter(line -> !line.isBlank()).limit(LINES_SAMPLED).toList();
        char best = ',';
        long bestLines = 0;
        for (char candidate : SEPARATORS.toCharArray()) {
            long lines = sample.stream().filter(line -> containsOutsideQuotes(line, candidate)).count();
            if (lines > bestLines) {
                best = candidate;
                bestLines = lines;
            }
        }
        return best;
    }

    private static boolean containsOutsideQuotes(String line, char separator) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** One pass over the text, cell by cell. */
    private static final class Splitter {

        private final String text;
        private final char separator;
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> row = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();

        Splitter(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        List<List<String>> rows() {
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == QUOTE && cell.toString().isBlank()) {
                    cell.setLength(0);
                    i = afterQuoted(i + 1);
                } else if (c == separator) {
                    endCell();
                    i++;
                } else if (c == '\n' || c == '\r') {
                    endRow();
                    i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                } else {
                    cell.append(c);
                    i++;
                }
            }
            if (!cell.isEmpty() || !row.isEmpty()) {
                endRow();
            }
            return rows;
        }

        /** Reads a quoted cell's content from {@code at}; returns where the text after its closing quote starts. */
        private int afterQuoted(int at) {
            int i = at;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c != QUOTE) {
                    cell.append(c);
                    i++;
                } else if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    cell.append(QUOTE);
                    i += 2;
                } else {
                    return i + 1;
                }
            }
            return i; // an unclosed quote runs to the end, as spreadsheet programs read it
        }

        private void endCell() {
            row.add(cell.toString());
            cell.setLength(0);
        }

        private void endRow() {
            endCell();
            rows.add(row);
            row = new ArrayList<>();
        }
    }
}
