package org.speechdraft.core.outline;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The sections of an outline: a heading's section is its paragraph and everything up to the next
 * heading of the same or a higher level (or up to a paragraph that ends every section, such as the
 * closing remarks of a draft).
 */
final class Sections {

    private final List<Heading> headings;
    private final int paragraphCount;
    private final IntPredicate endsSections;

    Sections(List<Heading> headings, int paragraphCount, IntPredicate endsSections) {
        this.headings = headings;
        this.paragraphCount = paragraphCount;
        this.endsSections = endsSections;
    }

    /** {first paragraph, end paragraph exclusive} of heading {@code index}'s section. */
    int[] range(int index) {
        Heading h = headings.get(index);
        int end = paragraphCount;
        int next = subtreeEnd(index);
        while (next < headings.size() && headings.get(next).paragraph() == h.paragraph()) {
            next++;
        }
        if (next < headings.size()) {
            end = headings.get(next).paragraph();
        }
        for (int p = h.paragraph() + 1; p < end; p++) {
            if (endsSections.test(p)) {
                return new int[] {h.paragraph(), p};
            }
        }
        return new int[] {h.paragraph(), end};
    }

    /** The index after the last heading under heading {@code index}. */
    int subtreeEnd(int index) {
        int level = headings.get(index).level();
        int k = index + 1;
        while (k < headings.size() && headings.get(k).level() > level) {
            k++;
        }
        return k;
    }

    /** The previous heading at the same level under the same parent, or -1. */
    int previousSibling(int index) {
        int level = headings.get(index).level();
        for (int k = index - 1; k >= 0; k--) {
            if (headings.get(k).level() <= level) {
                return headings.get(k).level() == level ? k : -1;
            }
        }
        return -1;
    }

    /** The next heading at the same level under the same parent, or -1. */
    int nextSibling(int index) {
        int k = subtreeEnd(index);
        return k < headings.size() && headings.get(k).level() == headings.get(index).level() ? k : -1;
    }

    /**
     * Whether the section is whole paragraphs: its heading opens its paragraph and no sibling or
     * higher heading shares its paragraphs (as on a flattened web line).
     */
    boolean isWholeParagraphs(int index, List<String> lines) {
        Heading h = headings.get(index);
        if (h.start() != LineScanner.contentStart(lines.get(h.paragraph()))) {
            return false;
        }
        int end = subtreeEnd(index);
        return end >= headings.size() || headings.get(end).paragraph() != h.paragraph();
    }
}
