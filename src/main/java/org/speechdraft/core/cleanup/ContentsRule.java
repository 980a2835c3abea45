package org.speechdraft.core.cleanup;

import java.util.List;
import org.speechdraft.core.outline.TocBlock;

/**
 * 目录/提纲: a "目录/提纲" line and the list of headings under it that some sites put before the
 * speech. A block goes only when it is plainly a listing — closed by a line of dots, or most of
 * its entries written again after it — so that a speech made only of a 提纲 keeps its headings.
 * "要把项目列入目录管理。" is no such block.
 */
final class ContentsRule extends LineRemovalRule {

    @Override
    public String id() {
        return "contents";
    }

    @Override
    boolean[] noise(List<String> texts) {
        boolean[] listed = TocBlock.listedLines(texts);
        int i = 0;
        while (i < texts.size()) {
            if (!listed[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < texts.size() && listed[end]) {
                end++;
            }
            if (!isListing(texts, i, end)) {
                for (int k = i; k < end; k++) {
                    listed[k] = false;
                }
            }
            i = end;
        }
        return listed;
    }

    /** Lines {@code from} (the 目录 line) to {@code to}: closed by dots, or half the entries repeated later. */
    private static boolean isListing(List<String> texts, int from, int to) {
        int last = Lines.previousNonBlank(texts, to - 1);
        if (last > from && TocBlock.isDotsLine(texts.get(last))) {
            return true;
        }
        String after = CjkChars.squeeze(String.join("\n", texts.subList(to, texts.size())));
        int entries = 0;
        int repeated = 0;
        for (int k = from + 1; k < to; k++) {
            String entry = CjkChars.squeeze(texts.get(k));
            if (!entry.isEmpty()) {
                entries++;
                repeated += after.contains(entry) ? 1 : 0;
            }
        }
        return entries > 0 && repeated * 2 >= entries;
    }
}
