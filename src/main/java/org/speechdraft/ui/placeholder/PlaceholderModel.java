package org.speechdraft.ui.placeholder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;
import org.speechdraft.core.placeholder.PlaceholderKind;
import org.speechdraft.core.placeholder.PlaceholderReport;
import org.speechdraft.ui.editor.LiveAnalysis;
import org.speechdraft.ui.editor.SpeechArea;
import org.speechdraft.ui.outline.OutlineModel;

/**
 * The figures still to fill in the draft, kept up to date while typing, and filling them: each
 * fill (a field: every occurrence at once) is one change, so one undo step.
 */
public final class PlaceholderModel {

    private final SpeechArea area;
    private final OutlineModel outline;
    private final PlaceholderDetector detector = new PlaceholderDetector();
    private final LiveAnalysis<PlaceholderReport> live;
    private final ObservableList<PlaceholderRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();
    private final BiConsumer<String, String> valueRecorder;

    /** @param valueRecorder told (key, value) of every fill, so the draft remembers what was filled */
    public PlaceholderModel(SpeechArea area, OutlineModel outline, BiConsumer<String, String> valueRecorder) {
        this.area = area;
        this.outline = outline;
        this.valueRecorder = valueRecorder;
        this.live = new LiveAnalysis<>(area, "placeholders", this::detect, new PlaceholderReport(List.of(), List.of()));
        PlaceholderMarks marks = new PlaceholderMarks(area);
        rows.addListener((javafx.collections.ListChangeListener<PlaceholderRow>) c -> marks.show(rows));
        live.resultProperty().addListener((obs, o, report) -> show(report));
        show(live.resultProperty().get());
    }

    private PlaceholderReport detect(List<DraftParagraph> paragraphs) {
        return detector.detect(paragraphs.stream().map(DraftParagraph::text).toList());
    }

    private void show(PlaceholderReport report) {
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
    }

    private PlaceholderRow row(List<Placeholder> occurrences, boolean suspected) {
        return new PlaceholderRow(List.copyOf(occurrences), suspected, outline.sectionAt(occurrences.get(0).paragraph()));
    }

    /** Puts the caret on the row's (first) placeholder and selects it. */
    public void reveal(PlaceholderRow row) {
        Placeholder p = row.first();
        int start = area.getAbsolutePosition(p.paragraph(), p.start());
        area.selectRange(start, area.getAbsolutePosition(p.paragraph(), p.end()));
        area.requestFollowCaret();
    }

    /** Replaces every occurrence of the row by {@code value} as one undo step. */
    public void fill(PlaceholderRow shown, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return;
        }
        // The list may be a moment behind the typing: fill what is in the text now.
        show(live.analyzeNow());
        PlaceholderRow row = rows.stream().filter(r -> r.valueKey().equals(shown.valueKey())).findFirst()
                .orElse(null);
        if (row == null) {
            return;
        }
        var change = area.createMultiChange(row.occurrences().size());
        for (Placeholder p : row.occurrences()) {
            change.replaceText(area.getAbsolutePosition(p.paragraph(), p.start()),
                    area.getAbsolutePosition(p.paragraph(), p.end()), v);
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        valueRecorder.accept(row.valueKey(), v);
        live.analyzeNow();
    }

    /** Values worth offering for a placeholder: for a year, this year and its neighbours, as the words around suggest. */
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
            LocalDate today = LocalDate.now();
            return List.of(today.getMonthValue() + "月" + today.getDayOfMonth() + "日",
                    today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        }
        return List.of();
    }

    public ObservableList<PlaceholderRow> rows() {
        return rows;
    }

    /** How many placeholders are still unfilled (疑似缺数 not counted). */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }
}
