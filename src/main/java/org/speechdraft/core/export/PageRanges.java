package org.speechdraft.core.export;

import java.util.List;
import java.util.TreeSet;

/**
 * The pages a user asks to print, written as in Word's print dialog: "1-3,5" or "2,4" (also with
 * full-width or Chinese punctuation: "1－3，5", "1至3、5").
 */
public final class PageRanges {

    private PageRanges() {
    }

    /**
     * The page numbers (1-based, ascending, each once) that {@code text} names.
     *
     * @throws IllegalArgumentException with a message for the user when it names no page or a page
     *                                  the draft does not have
     */
    public static List<Integer> parse(String text, int pageCount) {
        String normalized = text.strip().replaceAll("[，、,；;\\s]+", ",").replaceAll("[－—–~～至到]", "-");
        TreeSet<Integer> pages = new TreeSet<>();
        for (String part : normalized.split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("-", -1);
            if (ends.length > 2 || !ends[0].matches("\\d{1,6}") || ends.length == 2 && !ends[1].matches("\\d{1,6}")) {
                throw new IllegalArgumentException(ExportTexts.get("pageRanges.invalid", text.strip()));
            }
            int from = Integer.parseInt(ends[0]);
            int to = ends.length == 2 ? Integer.parseInt(ends[1]) : from;
            if (from < 1 || to < from || to > pageCount) {
                throw new IllegalArgumentException(ExportTexts.get("pageRanges.outside", part, pageCount));
            }
            for (int page = from; page <= to; page++) {
                pages.add(page);
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(ExportTexts.get("pageRanges.invalid", text.strip()));
        }
        return List.copyOf(pages);
    }
}
