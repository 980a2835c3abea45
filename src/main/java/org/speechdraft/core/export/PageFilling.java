package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills pages with the paragraphs' lines, top to bottom, as Word and LibreOffice do with the export's
 * paragraph properties: a line goes on the page while it fits in the text block's height; a
 * paragraph kept with the next (a title, a heading) goes to the next page with it when that one
 * would start there; with widow control, neither a paragraph's first nor its last line stands alone
 * at a page's edge.
 */
final class PageFilling {

    private static final double EPSILON = 1e-6;

    private final double pageHeightPt;
    private final boolean widowControl;
    private final List<List<PageLine>> pages = new ArrayList<>();
    private List<PageLine> page = new ArrayList<>();
    private double used;
    /** The blocks on the current page whose lines are last there, kept with what follows: moved with it. */
    private final List<List<PageLine>> keptAtEnd = new ArrayList<>();

    PageFilling(double pageHeightPt, boolean widowControl) {
        this.pageHeightPt = pageHeightPt;
        this.widowControl = widowControl;
    }

    List<List<PageLine>> fill(List<PageLayout.Block> blocks) {
        for (PageLayout.Block block : blocks) {
            place(block);
        }
        pages.add(page);
        return pages;
    }

    private void place(PageLayout.Block block) {
        List<PageLine> lines = block.lines();
        int room = fitting(lines, 0);
        if (room == 0) {
            newPage(true);
            room = fitting(lines, 0);
        }
        int at = 0;
        while (lines.size() - at > room) {
            int here = Math.max(1, room);
            if (widowControl && lines.size() - at - here == 1 && here > 1) {
                here--; // its last line would stand alone at the top of the next page
            }
            if (widowControl && at == 0 && here == 1 && !page.isEmpty()) {
                newPage(true); // and then its first line would stand alone at the bottom
                room = fitting(lines, 0);
                continue;
            }
            add(lines.subList(at, at + here));
            at += here;
            keptAtEnd.clear();
            newPage(false);
            room = fitting(lines, at);
        }
        add(lines.subList(at, lines.size()));
        if (block.keepWithNext() && at == 0) {
            keptAtEnd.add(lines);
        } else {
            keptAtEnd.clear();
        }
    }

    /** How many of the lines from {@code from} on fit below what the page holds. */
    private int fitting(List<PageLine> lines, int from) {
        double height = used;
        int n = from;
        while (n < lines.size() && height + lines.get(n).heightPt() <= pageHeightPt + EPSILON) {
            height += lines.get(n).heightPt();
            n++;
        }
        return n - from;
    }

    private void add(List<PageLine> lines) {
        page.addAll(lines);
        used += height(lines);
    }

    private static double height(List<PageLine> lines) {
        return lines.stream().mapToDouble(PageLine::heightPt).sum();
    }

    /**
     * Starts a new page. {@code withKept}: the next paragraph starts it, so the paragraphs kept with
     * it move along — unless they fill the page from its top, where moving them would gain nothing.
     */
    private void newPage(boolean withKept) {
        List<PageLine> moved = new ArrayList<>();
        if (withKept && !keptAtEnd.isEmpty()) {
            int keptLines = keptAtEnd.stream().mapToInt(List::size).sum();
            if (keptLines < page.size()) {
                keptAtEnd.forEach(moved::addAll);
                page = new ArrayList<>(page.subList(0, page.size() - keptLines));
            }
        }
        keptAtEnd.clear();
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
        add(moved);
    }
}
