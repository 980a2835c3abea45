package org.speechdraft.ui.page;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import org.speechdraft.core.export.PageRanges;
import org.speechdraft.ui.UiText;

/** The 打印 dialog (PrintDialog.fxml): which printer, which pages (全部, 当前页, or "1-3,5"), how many copies. */
public final class PrintDialogController {

    @FXML private DialogPane pane;
    @FXML private ComboBox<String> printerBox;
    @FXML private RadioButton allPages;
    @FXML private RadioButton currentPage;
    @FXML private RadioButton somePages;
    @FXML private TextField rangeField;
    @FXML private Label rangeProblem;
    @FXML private Spinner<Integer> copiesSpinner;
    @FXML private Label layoutNote;

    private PrintChoice choice;

    @FXML
    private void initialize() {
        copiesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 99, 1));
        // typing a range chooses "pages"
        rangeField.textProperty().addListener((obs, o, n) -> somePages.setSelected(true));
    }

    public void bind(PrintChoice offered) {
        this.choice = offered;
        printerBox.setItems(FXCollections.observableArrayList(offered.printers()));
        printerBox.setValue(offered.defaultPrinter());
        allPages.setText(UiText.get("print.range.all", offered.pageCount()));
        currentPage.setText(UiText.get("print.range.current", offered.currentPage()));
        layoutNote.setText(UiText.get("print.layout", offered.layoutName(), offered.pageCount()));
        rangeProblem.textProperty().bind(Bindings.createStringBinding(this::problem, rangeField.textProperty(),
                somePages.selectedProperty()));
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> !problem().isEmpty() || printerBox.getValue() == null,
                rangeProblem.textProperty(), printerBox.valueProperty());
        pane.lookupButton(ButtonType.OK).disableProperty().bind(invalid);
    }

    private String problem() {
        if (!somePages.isSelected()) {
            return "";
        }
        try {
            PageRanges.parse(rangeField.getText(), choice.pageCount());
            return "";
        } catch (IllegalArgumentException e) {
            return rangeField.getText().isBlank() ? UiText.get("print.range.empty") : e.getMessage();
        }
    }

    public Optional<PrintChoice.Request> result() {
        List<Integer> pages = allPages.isSelected() ? IntStream.rangeClosed(1, choice.pageCount()).boxed().toList()
                : currentPage.isSelected() ? List.of(choice.currentPage())
                : PageRanges.parse(rangeField.getText(), choice.pageCount());
        return Optional.of(new PrintChoice.Request(printerBox.getValue(), pages, copiesSpinner.getValue()));
    }
}
