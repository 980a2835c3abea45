package org.speechdraft.core.outline;

import java.util.List;

/**
 * An inline parallel series inside one paragraph (一是…，二是…; 一要…二要…; 第一，…第二，…): not a
 * heading, but numbered, so it is checked and renumbered.
 *
 * @param paragraph the paragraph it stands in
 * @param items     the markers in order, with their char offsets in the paragraph
 */
public record InlineSeries(int paragraph, List<Item> items) {

    public InlineSeries {
        items = List.copyOf(items);
    }

    public record Item(HeadingMarker marker, int start) {
    }
}
