package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * The figures still to be filled in a text, in text order.
 *
 * @param placeholders what is written as a placeholder (XX, **, 20XX, {{字段}} …)
 * @param suspected    疑似缺数: places where a figure seems to have been deleted ("增长%", "新建所学校");
 *                     less certain, so kept apart
 */
public record PlaceholderReport(List<Placeholder> placeholders, List<Placeholder> suspected) {

    public PlaceholderReport {
        placeholders = List.copyOf(placeholders);
        suspected = List.copyOf(suspected);
    }

    public boolean isEmpty() {
        return placeholders.isEmpty() && suspected.isEmpty();
    }
}
