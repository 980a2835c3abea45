package org.speechdraft.ui.placeholder;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.speechdraft.core.placeholder.FigureValues;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderKind;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;

/**
 * The 待填数据 panel (PlaceholderPane.fxml): every figure still to fill with its context; selecting
 * one shows it in the text, typing a value and Enter fills it.
 */
public final class PlaceholderPaneController {

    @FXML private ListView<PlaceholderRow> list;
    @FXML private HBox valueRow;
    @FXML private ComboBox<String> valueBox;
    @FXML private Button fillButton;
    @FXML private Button importButton;
    @FXML private Label summary;
    @FXML private CheckBox groupThousands;
    @FXML private DatePicker datePicker;
    @FXML private TitledPane filledPane;
    @FXML private ListView<FilledRow> filledList;

    private PlaceholderModel model;

    /** @param lastDirectory where the file chooser starts */
    public void bind(PlaceholderModel placeholderModel, DialogService dialogs, Supplier<Path> lastDirectory) {
        this.model = placeholderModel;
        ValuesImport valuesImport = new ValuesImport(model, dialogs, lastDirectory);
        importButton.setOnAction(e -> valuesImport.run());
        list.setItems(model.rows());
        list.setCellFactory(view -> new TwoLineCell<>(PlaceholderPaneController::describe));
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (row != null) {
                model.reveal(row);
                valueBox.getItems().setAll(model.suggestions(row));
                valueBox.setPromptText(UiText.get("placeholder.valuePrompt", row.summary()));
            }
            boolean date = row != null && row.first().kind() == PlaceholderKind.DATE;
            if (date && datePicker.getParent() == null) {
                // Declared in the FXML's fx:define, so not styled nor skinned at start-up: few drafts need it.
                var pane = ((Pane) valueRow.getParent()).getChildren();
                pane.add(pane.indexOf(valueRow) + 1, datePicker);
            }
            datePicker.setVisible(date);
            datePicker.setManaged(date);
            datePicker.setValue(null);
        });
        // A picked date goes into the value box in the placeholder's shape, ready to fill.
        datePicker.valueProperty().addListener((obs, o, day) -> {
            PlaceholderRow row = list.getSelectionModel().getSelectedItem();
            if (day != null && row != null) {
                valueBox.getEditor().setText(FigureValues.dateLike(row.first().text(), day));
                valueBox.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            PlaceholderRow row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.reveal(row);
            }
        });
        fillButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        fillButton.setOnAction(e -> fillSelected());
        // Enter in the value box fills (the combo box would otherwise only commit its own value).
        valueBox.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                fillSelected();
                e.consume();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<PlaceholderRow>) c -> updateSummary());
        updateSummary();
        groupThousands.selectedProperty().bindBidirectional(model.groupThousandsProperty());
        bindFilled();
    }

    private void bindFilled() {
        filledList.setItems(model.filledRows());
        filledList.setCellFactory(view -> new TwoLineCell<>(PlaceholderPaneController::describe));
        filledList.setOnMouseClicked(e -> {
            FilledRow row = filledList.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.reveal(row);
            }
        });
        filledPane.expandedProperty().addListener((obs, was, open) -> {
            if (open && filledPane.getContent() == null) {
                filledPane.setContent(filledList);
            }
        });
        filledPane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> UiText.get("placeholder.filled", model.filledRows().size()), model.filledRows()));
    }

    /** Selects the row of {@code placeholder} and puts the caret in the value box, ready to type. */
    public void show(Placeholder placeholder) {
        model.rows().stream().filter(r -> r.occurrences().contains(placeholder)).findFirst().ifPresent(row -> {
            list.getSelectionModel().select(row);
            list.scrollTo(row);
            valueBox.requestFocus();
        });
    }

    private void fillSelected() {
        PlaceholderRow row = list.getSelectionModel().getSelectedItem();
        String value = valueBox.getEditor().getText();
        if (row == null || value == null || value.isBlank()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        model.fill(row, value);
        valueBox.setValue(null);
        valueBox.getEditor().clear();
        // Go on with the next figure, as one works down a list of figures from a department.
        if (!model.rows().isEmpty()) {
            list.getSelectionModel().select(Math.min(index, model.rows().size() - 1));
        }
        valueBox.requestFocus();
    }

    private void updateSummary() {
        long suspected = model.rows().stream().filter(PlaceholderRow::suspected).count();
        int remaining = model.remainingProperty().get();
        summary.setText(remaining == 0 && suspected == 0 ? UiText.get("placeholder.none")
                : UiText.get("placeholder.summary", remaining, suspected));
    }

    /** "投入资金 ▸ XX ▸ 亿元" (with a tag for 疑似缺数 and fields), then context and section. */
    private static TwoLineCell.Lines describe(PlaceholderRow row) {
        String tag = row.suspected() ? UiText.get("placeholder.tag.suspected")
                : row.first().field() ? UiText.get("placeholder.tag.field", row.occurrences().size()) : "";
        return new TwoLineCell.Lines(tag + row.summary(), "…" + row.first().context() + "…", row.section(),
                row.suspected() ? "sd-placeholder-suspected" : null);
    }

    /** "投入资金 ▸ 12.5 ▸ 亿元", then the section it stands in. */
    private static TwoLineCell.Lines describe(FilledRow row) {
        return new TwoLineCell.Lines(row.value().summary(), "", row.section(), "sd-placeholder-filled");
    }
}
