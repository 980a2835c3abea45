package org.speechdraft.ui.page;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.LivePagination;
import org.speechdraft.core.export.PageLayout;
import org.speechdraft.core.export.Pagination;
import org.speechdraft.core.export.RemainingPlaceholders;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.ui.editor.LiveAnalysis;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The pages the draft prints on, in the layout the user exports with (公文标准 until they choose
 * another): worked out again at each pause in typing, off the FX thread for a long draft, only
 * the changed paragraphs broken into lines again; and the page the caret is on.
 */
public final class PagesModel {

    private final SpeechArea area;
    private final ObjectProperty<ExportPreset> preset = new SimpleObjectProperty<>(BuiltInPresets.gongwen());
    /** Replaced, not changed, when the preset changes: an analysis still running keeps its own. */
    private volatile LivePagination pagination = new LivePagination(new PageLayout(preset.get()));
    private final LiveAnalysis<Laid> live;
    private final ReadOnlyIntegerWrapper caretPage = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(1);

    /**
     * Pages, the layout that made them and the paragraphs they show, which the page view draws,
     * with the unfilled placeholders the export marks.
     */
    public record Laid(PageLayout layout, Pagination pages, List<DraftParagraph> paragraphs, List<Placeholder> remaining) {

        /** The [start, end) ranges of paragraph {@code paragraph} that are marked. */
        public List<int[]> marked(int paragraph) {
            return remaining.stream().filter(p -> p.paragraph() == paragraph)
                    .map(p -> new int[] {p.start(), p.end()}).toList();
        }
    }

    public PagesModel(SpeechArea area) {
        this.area = area;
        this.live = new LiveAnalysis<>(area, paragraphs -> {
            LivePagination mine = pagination;
            return new Laid(mine.layout(), mine.paginate(paragraphs), paragraphs,
                    RemainingPlaceholders.in(Draft.of(paragraphs)));
        }, new Laid(pagination.layout(), pagination.layout().paginate(List.of()), List.of(), List.of()));
        preset.addListener((obs, o, n) -> {
            pagination = new LivePagination(new PageLayout(n));
            live.refresh();
        });
        live.resultProperty().addListener((obs, o, n) -> {
            pageCount.set(n.pages().pageCount());
            updateCaretPage();
        });
        area.caretPositionProperty().addListener((obs, o, n) -> updateCaretPage());
    }

    private void updateCaretPage() {
        caretPage.set(laid().pages().pageAt(area.getCurrentParagraph(), area.caretTextColumn()));
    }

    /** Lays the pages out again now, e.g. after a whole draft was loaded. */
    public void refresh() {
        live.refresh();
    }

    /** The layout the pages follow: the export preset last chosen. */
    public ObjectProperty<ExportPreset> presetProperty() {
        return preset;
    }

    public ReadOnlyObjectProperty<Laid> laidProperty() {
        return live.resultProperty();
    }

    public Laid laid() {
        return live.resultProperty().get();
    }

    /** The pages of the text as it is now, for printing and PDF: worked out at once if typing has not paused yet. */
    public Laid laidNow() {
        return live.analyzeNow();
    }

    public ReadOnlyIntegerProperty caretPageProperty() {
        return caretPage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }
}
