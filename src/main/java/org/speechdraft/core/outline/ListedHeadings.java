package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of the headings before the speech without a "目录" line: consecutive short lines that are
 * nothing but a heading, most of which are written again later as the real headings. The list is
 * not the outline; the later headings are.
 */
final class ListedHeadings {

    private static final int MAX_LINE = 60;
    private static final int MIN_ENTRIES = 2;
    /** A list of contents is short; a longer run of bare headings is a 提纲 without body text. */
    private static final int MAX_ENTRIES = 50;

    private ListedHeadings() {
    }

    /** {@code headings} without such listings; headings of explicit heading paragraphs always stay. */
    static List<Heading> drop(List<String> lines, List<Heading> headings, int[] explicit) {
        Map<String, List<Integer>> byMarker = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).marker() != null) {
                byMarker.computeIfAbsent(headings.get(i).marker().text(), k -> new ArrayList<>()).add(i);
            }
        }
        // The words without blanks, computed only for the headings a listing is compared with.
        String[] words = new String[headings.size()];
        boolean[] dropped = new boolean[headings.size()];
        int runStart = 0;
        for (int i = 0; i <= headings.size(); i++) {
            boolean continues = i < headings.size() && isBareLine(lines, headings, i, explicit)
                    && (i == runStart || blankBetween(lines, headings.get(i - 1).paragraph(), headings.get(i).paragraph()));
            if (!continues) {
                markIfListing(headings, words, runStart, i, byMarker, dropped);
                runStart = i < headings.size() && isBareLine(lines, headings, i, explicit) ? i : i + 1;
            }
        }
        List<Heading> kept = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            if (!dropped[i]) {
                kept.add(headings.get(i));
            }
        }
        return kept;
    }

    private static void markIfListing(List<Heading> headings, String[] words, int from, int to,
                                      Map<String, List<Integer>> byMarker, boolean[] dropped) {
        int entries = to - from;
        if (entries < MIN_ENTRIES || entries > MAX_ENTRIES) {
            return;
        }
        int repeated = 0;
        for (int i = from; i < to; i++) {
            if (isRepeatedAfter(headings, words, i, to, byMarker)) {
                repeated++;
            }
        }
        if (repeated >= MIN_ENTRIES && repeated * 2 >= entries) {
            for (int i = from; i < to; i++) {
                dropped[i] = true;
            }
        }
    }

    private static boolean isRepeatedAfter(List<Heading> headings, String[] words, int entry, int after,
                                           Map<String, List<Integer>> byMarker) {
        HeadingMarker marker = headings.get(entry).marker();
        String listed = marker == null ? "" : words(headings, words, entry);
        if (listed.isEmpty()) {
            return false;
        }
        for (int other : byMarker.get(marker.text())) {
            if (other >= after) {
                String later = words(headings, words, other);
                if (later.startsWith(listed) || listed.startsWith(later)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String words(List<Heading> headings, String[] words, int i) {
        if (words[i] == null) {
            words[i] = squeeze(headings.get(i).text());
        }
        return words[i];
    }

    /** A line that holds one heading and nothing else. */
    private static boolean isBareLine(List<String> lines, List<Heading> headings, int i, int[] explicit) {
        Heading h = headings.get(i);
        if (explicit[h.paragraph()] > 0) {
            return false;
        }
        String line = lines.get(h.paragraph());
        boolean alone = (i == 0 || headings.get(i - 1).paragraph() != h.paragraph())
                && (i + 1 == headings.size() || headings.get(i + 1).paragraph() != h.paragraph());
        return alone && line.length() <= MAX_LINE && h.start() == LineScanner.contentStart(line)
                && Chars.trimEnd(line, h.end(), line.length()) - h.end() <= 1;
    }

    private static boolean blankBetween(List<String> lines, int from, int to) {
        for (int p = from + 1; p < to; p++) {
            if (!Chars.isBlank(lines.get(p))) {
                return false;
            }
        }
        return true;
    }

    private static String squeeze(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Chars.isBlank(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }
}
