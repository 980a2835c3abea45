package org.speechdraft.core.export;

import java.util.List;

/**
 * A draft laid out on pages as the DOCX export lays it out in a preset: the lines of each page.
 *
 * @param pages every page's lines, top to bottom; at least one (empty) page
 */
public record Pagination(List<List<PageLine>> pages) {

    public Pagination {
        pages = pages.isEmpty() ? List.of(List.of()) : pages.stream().map(List::copyOf).toList();
    }

    public int pageCount() {
        return pages.size();
    }

    /**
     * The 1-based number of the page that shows character {@code offset} of paragraph
     * {@code paragraph} (the caret's page); the last page for a place after the end.
     */
    public int pageAt(int paragraph, int offset) {
        int low = 0;
        int high = pages.size() - 1;
        while (low < high) { // the first page that does not end before the place
            int middle = (low + high) >>> 1;
            if (endsBefore(middle, paragraph, offset)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low + 1;
    }

    /** The page of a paragraph's first line. */
    public int pageOf(int paragraph) {
        return pageAt(paragraph, 0);
    }

    /** Whether page {@code p} (0-based) ends before the place: its last line of the draft is further up. */
    private boolean endsBefore(int p, int paragraph, int offset) {
        PageLine last = lastOfDraft(p);
        if (last == null) {
            return true;
        }
        if (last.paragraph() != paragraph) {
            return last.paragraph() < paragraph;
        }
        // at the very end of a line the caret stands there only if the paragraph ends with that line
        return offset > last.end() || offset == last.end() && continuesOnNextPage(p, paragraph);
    }

    private boolean continuesOnNextPage(int p, int paragraph) {
        return p + 1 < pages.size() && pages.get(p + 1).stream()
                .filter(line -> !line.isAdded()).findFirst().filter(line -> line.paragraph() == paragraph).isPresent();
    }

    private PageLine lastOfDraft(int p) {
        List<PageLine> page = pages.get(p);
        for (int k = page.size() - 1; k >= 0; k--) {
            if (!page.get(k).isAdded()) {
                return page.get(k);
            }
        }
        return null;
    }
}
