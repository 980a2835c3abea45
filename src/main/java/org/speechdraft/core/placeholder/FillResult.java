package org.speechdraft.core.placeholder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.speechdraft.core.model.DraftParagraph;

/**
 * What filling values into a text did.
 *
 * @param paragraphs the paragraphs with the values in, styles kept; otherwise unchanged
 * @param filled     each place filled, in text order, with the value as written there
 * @param unmatched  the values that fit no placeholder, in the order of the value file
 * @param remaining  the placeholders still in the filled text, in text order (疑似缺数 not included)
 */
public record FillResult(List<DraftParagraph> paragraphs, List<Filled> filled, List<ValueTable.Entry> unmatched,
                         List<Placeholder> remaining) {

    /**
     * One place filled.
     *
     * @param placeholder the placeholder as it was found, before filling
     * @param value       what replaced it: the value without a unit the text already has after it
     */
    public record Filled(Placeholder placeholder, String value) {

        public Filled {
            Objects.requireNonNull(placeholder, "placeholder");
            Objects.requireNonNull(value, "value");
        }
    }

    public FillResult {
        paragraphs = List.copyOf(paragraphs);
        filled = List.copyOf(filled);
        unmatched = List.copyOf(unmatched);
        remaining = List.copyOf(remaining);
    }

    /** The filled values under their {@link Placeholder#valueKey()}, for the draft to remember what was filled. */
    public Map<String, String> recordedValues() {
        Map<String, String> values = new LinkedHashMap<>();
        filled.forEach(f -> values.putIfAbsent(f.placeholder().valueKey(), f.value()));
        return values;
    }

    /** The filled paragraphs' plain texts, one per paragraph. */
    public List<String> texts() {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }
}
