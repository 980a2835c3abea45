package org.speechdraft.core.outline;

import java.util.List;

/**
 * A "目录/提纲" block that lists the headings before the speech: the line naming it and the short
 * lines after it, up to a line of dots, the salutation, a full sentence, or the first entry written
 * again (where the speech itself begins).
 */
public final class TocBlock {

    /** Entries are headings, at most a long one with pinyin noise; a paragraph of text ends the block. */
    private static final int MAX_ENTRY_LENGTH = 120;
    private static final String TITLE_CHARS = "目录錄提纲綱/／：:…．.·";

    private TocBlock() {
    }

    /** The lines of every such block, for clean-up to remove (the outline engine only passes over them). */
    public static boolean[] listedLines(List<String> lines) {
        boolean[] listed = new boolean[lines.size()];
        mark(lines, listed);
        return listed;
    }

    /** A line of nothing but dots (……) that closes a block. */
    public static boolean isDotsLine(String line) {
        return !Chars.isBlank(line) && isDotsOnly(line);
    }

    /** Marks the lines of every such block in {@code excluded}. */
    static void mark(List<String> lines, boolean[] excluded) {
        for (int i = 0; i < lines.size(); i++) {
            if (isTocTitle(lines.get(i))) {
                excluded[i] = true;
                i = markEntries(lines, i + 1, excluded) - 1;
            }
        }
    }

    /** Marks the entries from {@code from}; returns the first line after the block. */
    private static int markEntries(List<String> lines, int from, boolean[] excluded) {
        String firstEntry = null;
        int i = from;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                excluded[i] = true;
                continue;
            }
            if (isDotsOnly(line)) {
                excluded[i] = true;
                return i + 1;
            }
            if (line.length() > MAX_ENTRY_LENGTH || Salutation.opens(line) || hasFullStop(line)
                    || line.equals(firstEntry)) {
                return i;
            }
            firstEntry = firstEntry == null ? line : firstEntry;
            excluded[i] = true;
        }
        return i;
    }

    static boolean isTocTitle(String line) {
        int start = Chars.skipBlanks(line, 0);
        if (start >= line.length() || (line.charAt(start) != '目' && line.charAt(start) != '提')) {
            return false;
        }
        boolean named = line.startsWith("目录", start) || line.startsWith("目錄", start)
                || line.startsWith("提纲", start) || line.startsWith("提綱", start);
        for (int i = start; named && i < line.length(); i++) {
            char c = line.charAt(i);
            named = TITLE_CHARS.indexOf(c) >= 0 || Chars.isBlank(c);
        }
        return named;
    }

    private static boolean isDotsOnly(String line) {
        return line.chars().allMatch(c -> c == '…' || c == '.' || c == '。' || c == '·' || Chars.isBlank((char) c));
    }

    private static boolean hasFullStop(String line) {
        return line.indexOf('。') >= 0 || line.indexOf('！') >= 0 || line.indexOf('？') >= 0;
    }
}
