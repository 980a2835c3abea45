package org.speechdraft.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Two aligned columns for the help text. Chinese characters take two terminal columns, so the
 * padding is computed from display width, not from string length.
 */
final class HelpTable {

    private static final String INDENT = "  ";
    private static final int GAP = 3;

    private record Row(String left, String right) {
    }

    private final List<Row> rows = new ArrayList<>();

    HelpTable row(String left, String right) {
        rows.add(new Row(left, right));
        return this;
    }

    void print(PrintStream out) {
        int leftWidth = rows.stream().mapToInt(row -> displayWidth(row.left())).max().orElse(0);
        for (Row row : rows) {
            String padding = " ".repeat(leftWidth - displayWidth(row.left()) + GAP);
            out.println(INDENT + row.left() + padding + row.right());
        }
    }

    static int displayWidth(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    /** East Asian wide and full-width characters (the usual wcwidth ranges). */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
