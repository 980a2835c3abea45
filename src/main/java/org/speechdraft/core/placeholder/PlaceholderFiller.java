package org.speechdraft.core.placeholder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.RunEdits;

/**
 * Fills the placeholders of a text with the values a department sent (a {@link ValueTable}): each
 * value goes where its key names a {{字段}} or a figure's label (see {@link ValueMatcher}); a unit the
 * text already has after the placeholder is not written twice ("12.5亿元" into "XX亿元" gives
 * "12.5亿元"). Only the placeholders change; the rest of the text and its styles stay as they were.
 * Stateless and thread-safe.
 */
public final class PlaceholderFiller {

    private static final Comparator<FillResult.Filled> TEXT_ORDER = Comparator
            .comparingInt((FillResult.Filled f) -> f.placeholder().paragraph())
            .thenComparingInt(f -> f.placeholder().start());

    private final PlaceholderDetector detector = new PlaceholderDetector();

    public FillResult fill(List<DraftParagraph> paragraphs, ValueTable values) {
        PlaceholderReport report = detector.detect(texts(paragraphs));
        List<List<Placeholder>> targets = ValueMatcher.match(report, values.entries());
        List<FillResult.Filled> filled = new ArrayList<>();
        List<ValueTable.Entry> unmatched = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            ValueTable.Entry entry = values.entries().get(i);
            if (targets.get(i).isEmpty()) {
                unmatched.add(entry);
            }
            targets.get(i).forEach(p -> filled.add(new FillResult.Filled(p, FigureValues.withoutRepeatedUnit(entry.value(), p.unit()))));
        }
        filled.sort(TEXT_ORDER);
        List<DraftParagraph> result = withValues(paragraphs, filled);
        return new FillResult(result, filled, unmatched, detector.detect(texts(result)).placeholders());
    }

    /** The same for the lines of a plain text, each taken as one paragraph. */
    public FillResult fillLines(List<String> lines, ValueTable values) {
        return fill(Draft.ofLines(lines).paragraphs(), values);
    }

    private static List<String> texts(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }

    private static List<DraftParagraph> withValues(List<DraftParagraph> paragraphs, List<FillResult.Filled> filled) {
        Map<Integer, List<RunEdits.Edit>> edits = new HashMap<>();
        for (FillResult.Filled f : filled) {
            Placeholder p = f.placeholder();
            edits.computeIfAbsent(p.paragraph(), k -> new ArrayList<>()).add(new RunEdits.Edit(p.start(), p.end(), f.value()));
        }
        List<DraftParagraph> result = new ArrayList<>(paragraphs);
        edits.forEach((index, paragraphEdits) -> result.set(index, RunEdits.apply(result.get(index), paragraphEdits)));
        return result;
    }
}
