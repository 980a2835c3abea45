package org.speechdraft.core.importing;

import java.util.HashMap;
import java.util.Map;
import org.speechdraft.core.outline.HeadingMarker;
import org.speechdraft.core.outline.LeadingMarker;

/**
 * The markers Word writes before numbered paragraphs ("一、", "（二）", "3."), counted through a
 * document in reading order as Word counts them: per list definition and level, an inner level
 * starting again whenever an outer one moves on. One per document read; not thread-safe.
 */
final class ListMarkers {

    private final WordNumbering numbering;
    private final WordStyles styles;
    private final Map<String, Counter> counters = new HashMap<>();
    /** Paragraphs in a bulleted list: their bullets are not text a speech carries. */
    private int bullets;

    ListMarkers(WordNumbering numbering, WordStyles styles) {
        this.numbering = numbering;
        this.styles = styles;
    }

    /**
     * Counts the next paragraph and gives its marker as Word shows it, or null when the paragraph is
     * not numbered (no list, w:numId 0, a bullet).
     *
     * @param styleId     the paragraph's style, or null
     * @param directNumId the paragraph's own w:numPr/w:numId, or null to take its style's
     * @param directLevel the paragraph's own w:numPr/w:ilvl, or null
     */
    String next(String styleId, String directNumId, Integer directLevel) {
        WordStyles.Numbering inherited = styles.numbering(styleId);
        String numId = directNumId != null ? directNumId : inherited.numId();
        WordNumbering.Instance list = numbering.instance(numId);
        if (list == null) {
            return null;
        }
        int ilvl = levelOf(list, styleId, directLevel != null ? directLevel : inherited.level());
        String key = list.overridesNothing() ? "definition " + list.abstractId() : "list " + numId.strip();
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        WordNumbering.Level level = numbering.level(list, ilvl);
        counter.advance(ilvl, level.start());
        if (ListNumberFormat.isBullet(level.format())) {
            bullets++;
            return null;
        }
        String marker = text(list, level, counter);
        return marker.isBlank() ? null : marker + separator(marker, level.suffix());
    }

    /** How many paragraphs counted so far were in a bulleted list. */
    int bullets() {
        return bullets;
    }

    /**
     * Whether the paragraph's text opens with a marker already, typed over Word's numbering: the
     * same text, or any heading marker the outline engine reads (not 一是/第一，, which a numbered
     * point may well start with).
     */
    static boolean isTyped(String marker, String text) {
        String opening = text.stripLeading();
        if (opening.startsWith(marker.strip())) {
            return true;
        }
        HeadingMarker typed = LeadingMarker.of(opening);
        return typed != null && typed.style().isNumbered() && !typed.style().isSeriesStyle();
    }

    private int levelOf(WordNumbering.Instance list, String styleId, Integer given) {
        if (given != null) {
            return Math.max(0, Math.min(given, WordNumbering.LEVELS - 1));
        }
        return Math.max(0, numbering.levelOfStyle(list, styleId));
    }

    /** The level's w:lvlText with %1…%9 replaced by the numbers of those levels, each in its level's format. */
    private String text(WordNumbering.Instance list, WordNumbering.Level level, Counter counter) {
        String pattern = level.text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int ref = c == '%' && i + 1 < pattern.length() ? pattern.charAt(i + 1) - '1' : -1;
            if (ref >= 0 && ref < WordNumbering.LEVELS) {
                WordNumbering.Level of = numbering.level(list, ref);
                int value = counter.value(ref, of.start());
                out.append(ListNumberFormat.format(level.legal() ? "decimal" : of.format(), value));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * What a user types between marker and text: nothing after punctuation ("一、肯定成绩",
     * "（一）办学条件"), a blank after a word or a number ("第一条　", "1 总则") where Word puts a tab.
     */
    private static String separator(String marker, String suffix) {
        char last = marker.charAt(marker.length() - 1);
        if ("nothing".equals(suffix) || !Character.isLetterOrDigit(last)) {
            return "";
        }
        return Character.isIdeographic(last) ? "\u3000" : " ";
    }

    /** The running numbers of one list's nine levels. */
    private static final class Counter {

        private final int[] values = new int[WordNumbering.LEVELS];
        private final boolean[] used = new boolean[WordNumbering.LEVELS];

        void advance(int level, int start) {
            values[level] = used[level] ? values[level] + 1 : start;
            used[level] = true;
            for (int inner = level + 1; inner < used.length; inner++) {
                used[inner] = false;
            }
        }

        /** A level not counted yet shows its start ("1.1" before any "1"). */
        int value(int level, int start) {
            return used[level] ? values[level] : start;
        }
    }
}
