package org.speechdraft.ui.placeholder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.FigureValues;
import org.speechdraft.core.placeholder.FillResult;
import org.speechdraft.core.placeholder.FilledValue;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.placeholder.PlaceholderFiller;
import org.speechdraft.core.placeholder.PlaceholderKind;
import org.speechdraft.core.placeholder.PlaceholderReport;
import org.speechdraft.core.placeholder.ValueTable;
import org.speechdraft.ui.editor.LiveAnalysis;
import org.speechdraft.ui.editor.SpeechArea;
import org.speechdraft.ui.outline.OutlineModel;

/**
 * The figures still to fill in the draft, kept up to date while typing, and filling them: each
 * fill (a field: every occurrence at once) is one change, so one undo step. The values filled are
 * remembered in the draft and listed as 已填 while they still stand in the text.
 */
public final class PlaceholderModel {

    private final SpeechArea area;
    private final OutlineModel outline;
    private final PlaceholderDetector detector = new PlaceholderDetector();
    private final PlaceholderFiller filler = new PlaceholderFiller();
    private final LiveAnalysis<Found> live;
    private final ObservableList<PlaceholderRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FilledRow> filledRows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();
    private final BooleanProperty groupThousands = new SimpleBooleanProperty(false);
    private final ObjectProperty<Map<String, String>> values;
    /** Runs before a fill that changes many places at once (a snapshot is taken there). */
    private Runnable beforeFillingAll = () -> { };
    /** The values as last set on the FX thread, for the analysis thread to read. */
    private volatile Map<String, String> valuesNow;

    /** What one analysis finds: what is left to fill, and where the filled values stand. */
    private record Found(PlaceholderReport report, List<Located> filled) {
    }

    private record Located(FilledValue value, FilledValue.Location location) {
    }

    /** @param values the draft's filled values (key → value); each fill adds to it */
    public PlaceholderModel(SpeechArea area, OutlineModel outline, ObjectProperty<Map<String, String>> values) {
        this.area = area;
        this.outline = outline;
        this.values = values;
        this.valuesNow = values.get();
        Found none = new Found(new PlaceholderReport(List.of(), List.of()), List.of());
        this.live = new LiveAnalysis<>(area, this::detect, none);
        PlaceholderMarks marks = new PlaceholderMarks(area);
        rows.addListener((javafx.collections.ListChangeListener<PlaceholderRow>) c -> marks.show(rows));
        live.resultProperty().addListener((obs, o, found) -> show(found));
        // Sections come from the outline, which may be analysed after the placeholders.
        outline.outlineProperty().addListener((obs, o, n) -> show(live.resultProperty().get()));
        values.addListener((obs, o, n) -> {
            valuesNow = n;
            live.refresh();
        });
        show(live.resultProperty().get());
    }

    private Found detect(List<DraftParagraph> paragraphs) {
        List<String> texts = paragraphs.stream().map(DraftParagraph::text).toList();
        List<Located> filled = new ArrayList<>();
        valuesNow.forEach((key, value) -> {
            FilledValue v = FilledValue.parse(key, value);
            v.locate(texts).ifPresent(at -> filled.add(new Located(v, at)));
        });
        filled.sort(java.util.Comparator.comparingInt((Located l) -> l.location().paragraph())
                .thenComparingInt(l -> l.location().start()));
        return new Found(detector.detect(texts), filled);
    }

    private void show(Found found) {
        PlaceholderReport report = found.report();
        List<PlaceholderRow> out = new ArrayList<>();
        Map<String, List<Placeholder>> fields = new LinkedHashMap<>();
        for (Placeholder p : report.placeholders()) {
            if (p.field()) {
                fields.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(p);
            } else {
                out.add(row(List.of(p), false));
            }
        }
        // A field shared by several places appears once, before the loose figures.
        List<PlaceholderRow> fieldRows = new ArrayList<>();
        fields.values().forEach(list -> fieldRows.add(row(list, false)));
        out.addAll(0, fieldRows);
        report.suspected().forEach(p -> out.add(row(List.of(p), true)));
        remaining.set(report.placeholders().size());
        rows.setAll(out);
        filledRows.setAll(found.filled().stream()
                .map(l -> new FilledRow(l.value(), l.location(), outline.sectionAt(l.location().paragraph())))
                .toList());
    }

    private PlaceholderRow row(List<Placeholder> occurrences, boolean suspected) {
        return new PlaceholderRow(List.copyOf(occurrences), suspected, outline.sectionAt(occurrences.get(0).paragraph()));
    }

    /** Puts the caret on the row's (first) placeholder and selects it. */
    public void reveal(PlaceholderRow row) {
        Placeholder p = row.first();
        select(p.paragraph(), p.start(), p.end());
    }

    /** Selects a filled value in the text. */
    public void reveal(FilledRow row) {
        FilledValue.Location at = row.location();
        select(at.paragraph(), at.start(), at.end());
    }

    private void select(int paragraph, int start, int end) {
        if (paragraph >= area.getParagraphs().size() || end > area.textLength(paragraph)) {
            return; // the text moved on since the list was made
        }
        area.selectRange(area.editorPosition(paragraph, start), area.editorPosition(paragraph, end));
        area.requestFollowCaret();
    }

    /** Replaces every occurrence of the row by {@code value} as one undo step. */
    public void fill(PlaceholderRow shown, String value) {
        String typed = value.strip();
        if (typed.isEmpty()) {
            return;
        }
        // "12.5亿元" typed for "XX亿元": the unit stays the text's own.
        String figure = FigureValues.withoutRepeatedUnit(typed, shown.first().unit());
        String v = groupThousands.get() ? FigureValues.groupThousands(figure, shown.first().kind()) : figure;
        // The list may be a moment behind the typing: fill what is in the text now.
        show(live.analyzeNow());
        PlaceholderRow row = rows.stream().filter(r -> r.valueKey().equals(shown.valueKey())).findFirst()
                .orElse(null);
        if (row == null) {
            return;
        }
        var change = area.createMultiChange(row.occurrences().size());
        for (Placeholder p : row.occurrences()) {
            change.replaceText(area.editorPosition(p.paragraph(), p.start()),
                    area.editorPosition(p.paragraph(), p.end()), v);
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        Map<String, String> updated = new java.util.TreeMap<>(values.get());
        row.occurrences().forEach(p -> updated.put(FilledValue.of(p, v).key(), v));
        values.set(Map.copyOf(updated));
        live.analyzeNow();
    }

    /**
     * Fills what the table's values match (see {@link PlaceholderFiller}) as one undo step and
     * remembers the values; the result says what was filled, what matched nothing and what is left.
     */
    public FillResult importValues(ValueTable table) {
        List<DraftParagraph> current = area.draftParagraphs();
        FillResult result = filler.fill(current, table);
        if (!result.filled().isEmpty()) {
            beforeFillingAll.run();
            area.replaceParagraphs(result.paragraphs(), result.filled().get(0).placeholder().paragraph());
            Map<String, String> updated = new java.util.TreeMap<>(values.get());
            updated.putAll(result.recordedValues());
            values.set(Map.copyOf(updated));
        }
        show(live.analyzeNow());
        return result;
    }

    /** {@code action} runs before {@link #importValues} changes the text, e.g. to keep a snapshot of it. */
    public void setBeforeFillingAll(Runnable action) {
        this.beforeFillingAll = action;
    }

    /**
     * Values worth offering for a placeholder: for a year, this year and its neighbours, as the
     * words around suggest; for a date, today written in the placeholder's shape; for a name, the
     * names already filled into the same kind of placeholder.
     */
    public List<String> suggestions(PlaceholderRow row) {
        Placeholder p = row.first();
        int year = LocalDate.now().getYear();
        if (p.kind() == PlaceholderKind.YEAR) {
            String around = p.context();
            int suggested = around.contains("去年") || around.contains("上年") ? year - 1
                    : around.contains("明年") ? year + 1 : year;
            return List.of(Integer.toString(suggested), Integer.toString(year), Integer.toString(year - 1))
                    .stream().distinct().toList();
        }
        if (p.kind() == PlaceholderKind.DATE) {
            return List.of(FigureValues.dateLike(p.text(), LocalDate.now()));
        }
        if (p.kind() == PlaceholderKind.NAME) {
            // A name written as *** is usually the same person or place as one filled before.
            return filledRows.stream().map(FilledRow::value).filter(v -> !v.field() && v.placeholder().equals(p.text()))
                    .map(FilledValue::value).distinct().toList();
        }
        return List.of();
    }

    public ObservableList<PlaceholderRow> rows() {
        return rows;
    }

    /** Whether figures are written with thousands separators (1,234,567) when filled. */
    public BooleanProperty groupThousandsProperty() {
        return groupThousands;
    }

    /** The values filled so far that still stand in the text, in text order. */
    public ObservableList<FilledRow> filledRows() {
        return filledRows;
    }

    /** How many placeholders are still unfilled (疑似缺数 not counted). */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }
}
