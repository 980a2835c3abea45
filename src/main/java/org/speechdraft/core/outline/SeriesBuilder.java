package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups inline points into series: per paragraph and family (一是… and 一要… are separate series),
 * a series starts at 一 and has at least two items. Points before the first 一 of a paragraph are
 * the tail of a series broken across lines (PDF wrapping) and are left alone.
 */
final class SeriesBuilder {

    private SeriesBuilder() {
    }

    static List<InlineSeries> build(List<Found> items) {
        List<InlineSeries> result = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int paragraph = items.get(i).paragraph();
            Map<MarkerFamily, List<InlineSeries.Item>> open = new LinkedHashMap<>();
            for (; i < items.size() && items.get(i).paragraph() == paragraph; i++) {
                Found f = items.get(i);
                List<InlineSeries.Item> current = open.get(f.family());
                if (f.number() == 1) {
                    close(paragraph, current, result);
                    current = new ArrayList<>();
                    open.put(f.family(), current);
                }
                if (current != null) {
                    current.add(new InlineSeries.Item(f.marker(), f.start()));
                }
            }
            open.values().forEach(series -> close(paragraph, series, result));
        }
        result.sort((a, b) -> a.paragraph() != b.paragraph() ? Integer.compare(a.paragraph(), b.paragraph())
                : Integer.compare(a.items().get(0).start(), b.items().get(0).start()));
        return result;
    }

    private static void close(int paragraph, List<InlineSeries.Item> items, List<InlineSeries> result) {
        if (items != null && items.size() >= 2) {
            result.add(new InlineSeries(paragraph, List.copyOf(items)));
        }
    }
}
