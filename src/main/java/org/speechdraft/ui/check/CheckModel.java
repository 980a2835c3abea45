package org.speechdraft.ui.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speechdraft.core.check.CheckOptions;
import org.speechdraft.core.check.ParagraphProblems;
import org.speechdraft.core.check.Problem;
import org.speechdraft.core.check.Proofreader;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.editor.LastPassMemo;
import org.speechdraft.ui.editor.LiveAnalysis;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The 校对 panel's state: the problems in the text, kept up to date while typing with the checks
 * the user has switched on, and their safe fixes — each fix, and 全部修正, one undo step.
 */
public final class CheckModel {

    private final SpeechArea area;
    private final Proofreader proofreader = new Proofreader();
    private final ObjectProperty<CheckOptions> options = new SimpleObjectProperty<>(CheckOptions.DEFAULTS);
    private final LiveAnalysis<List<Problem>> live;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** The options as last set on the FX thread, with what they find per paragraph, for the analysis thread. */
    private volatile Checking checking = new Checking(CheckOptions.DEFAULTS);

    /** Options and the paragraphs' problems under them: new options check every paragraph again. */
    private record Checking(CheckOptions options, LastPassMemo<DraftParagraph, ParagraphProblems> paragraphs) {
        Checking(CheckOptions options) {
            this(options, new LastPassMemo<>(p -> ParagraphProblems.of(p.text(), options)));
        }
    }

    public CheckModel(SpeechArea area) {
        this.area = area;
        this.live = new LiveAnalysis<>(area, this::check, List.of());
        live.resultProperty().addListener((obs, o, found) -> problems.setAll(found));
        options.addListener((obs, o, n) -> {
            checking = new Checking(n);
            live.refresh();
        });
        problems.setAll(live.resultProperty().get());
    }

    private List<Problem> check(List<DraftParagraph> paragraphs) {
        Checking now = checking;
        return proofreader.check(paragraphs, now.options(), now.paragraphs().map(paragraphs));
    }

    /** Selects the problem's text (or puts the caret at it). */
    public void reveal(Problem p) {
        if (p.paragraph() >= area.getParagraphs().size() || p.end() > area.textLength(p.paragraph())) {
            return; // the text moved on since the list was made
        }
        area.selectRange(area.editorPosition(p.paragraph(), p.start()), area.editorPosition(p.paragraph(), p.end()));
        area.requestFollowCaret();
    }

    /** Applies the problem's fix, if it is still in the text, as one undo step. */
    public void fix(Problem shown) {
        List<Problem> current = live.analyzeNow();
        if (shown.hasFix() && current.contains(shown)) {
            apply(List.of(shown));
        }
    }

    /** Applies every safe fix in the text as one undo step. */
    public void fixAll() {
        apply(live.analyzeNow().stream().filter(Problem::hasFix).toList());
    }

    private void apply(List<Problem> found) {
        List<Problem> fixes = withoutOverlaps(found);
        if (fixes.isEmpty()) {
            return;
        }
        var change = area.createMultiChange(fixes.size());
        // From the end backwards, so that each position still points where it did when checked.
        for (int i = fixes.size() - 1; i >= 0; i--) {
            Problem p = fixes.get(i);
            change.replaceText(area.editorPosition(p.paragraph(), p.start()),
                    area.editorPosition(p.paragraph(), p.end()), p.fix());
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        live.analyzeNow();
    }

    /** In text order; a fix that overlaps an earlier one waits for the next round. */
    private static List<Problem> withoutOverlaps(List<Problem> found) {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Problem::paragraph).thenComparingInt(Problem::start));
        List<Problem> kept = new ArrayList<>();
        for (Problem p : sorted) {
            Problem last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || last.paragraph() != p.paragraph() || last.end() <= p.start()) {
                kept.add(p);
            }
        }
        return kept;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObjectProperty<CheckOptions> optionsProperty() {
        return options;
    }
}
