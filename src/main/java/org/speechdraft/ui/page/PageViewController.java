package org.speechdraft.ui.page;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.ui.ChoiceNames;
import org.speechdraft.ui.UiText;

/**
 * 页面视图 (PageView.fxml): the pages as they print, updated as the user types, scaled to the
 * pane's width, following the caret's page; a click on a page puts the caret there in the text.
 */
public final class PageViewController {

    @FXML private ComboBox<ExportPreset> layoutBox;
    @FXML private Label summary;
    @FXML private ListView<Integer> pageList;
    @FXML private Button closeButton;

    private PagesModel pages;

    /** Where a click on a page leads: paragraph and offset of the draft. */
    public interface GoTo {
        void show(int paragraph, int offset);
    }

    public void bind(PagesModel model, List<ExportPreset> presets, GoTo goTo, Runnable close) {
        this.pages = model;
        layoutBox.setItems(FXCollections.observableArrayList(presets));
        ChoiceNames.show(layoutBox, ExportPreset::name);
        selectLayout(model.presetProperty().get());
        model.presetProperty().addListener((obs, o, n) -> selectLayout(n));
        layoutBox.setOnAction(e -> {
            ExportPreset chosen = layoutBox.getValue();
            if (chosen != null && !chosen.equals(model.presetProperty().get())) {
                model.presetProperty().set(chosen);
            }
        });
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("pageView.summary", model.pageCountProperty().get()), model.pageCountProperty()));
        PagePainter painter = new PagePainter(new ScreenFaces());
        pageList.setCellFactory(list -> new PageCell(painter, model::laid, this::scale, goTo));
        showPages(model.laid());
        model.laidProperty().addListener((obs, o, n) -> showPages(n));
        pageList.widthProperty().addListener((obs, o, n) -> pageList.refresh());
        model.caretPageProperty().addListener((obs, o, n) -> pageList.scrollTo(n.intValue() - 1));
        closeButton.setOnAction(e -> close.run());
    }

    private void selectLayout(ExportPreset preset) {
        layoutBox.getItems().stream().filter(p -> p.id().equals(preset.id())).findFirst()
                .ifPresentOrElse(layoutBox::setValue, () -> {
                    layoutBox.getItems().add(preset);
                    layoutBox.setValue(preset);
                });
    }

    private void showPages(PagesModel.Laid laid) {
        int count = laid.pages().pageCount();
        if (pageList.getItems().size() != count) {
            pageList.getItems().setAll(IntStream.range(0, count).boxed().toList());
        }
        pageList.refresh();
    }

    /** Pixels a point: the page as wide as the pane leaves room for. */
    private double scale() {
        double room = pageList.getWidth() - PageCell.MARGIN_PX * 2 - 24; // the scroll bar and the sheet's shadow
        return Math.max(0.2, room / pages.laid().layout().frame().widthPt());
    }
}
