package org.speechdraft.ui.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.LineSpacing;
import org.speechdraft.core.export.PageSetup;
import org.speechdraft.core.export.ParagraphFormat;
import org.speechdraft.core.export.TextGrid;
import org.speechdraft.core.export.TypeSizes;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.ui.ChoiceNames;
import org.speechdraft.ui.UiText;

/**
 * The 导出 Word 文档 dialog (ExportDialog.fxml): choose a layout preset, adjust it for this export
 * (margins, grid, spacing, each level's face, size and weight) and keep it as one's own.
 */
public final class ExportDialogController {

    /** The faces offered; any installed face can be typed in. */
    private static final List<String> FACES = List.of("方正小标宋简体", "华文中宋", "宋体", "仿宋_GB2312", "仿宋",
            "楷体_GB2312", "楷体", "黑体", "微软雅黑");

    @FXML private DialogPane pane;
    @FXML private ComboBox<ExportPreset> presetBox;
    @FXML private Button deleteButton;
    @FXML private Label summary;
    @FXML private TitledPane adjustPane;
    @FXML private Spinner<Double> topMargin;
    @FXML private Spinner<Double> bottomMargin;
    @FXML private Spinner<Double> leftMargin;
    @FXML private Spinner<Double> rightMargin;
    @FXML private CheckBox gridCheck;
    @FXML private Spinner<Integer> gridLines;
    @FXML private Spinner<Integer> gridChars;
    @FXML private Spinner<Double> spacing;
    @FXML private Label spacingNote;
    @FXML private GridPane levelGrid;
    @FXML private Button saveButton;

    private ExportPresetModel model;
    /** True while the controls are being set from the model, so that does not count as an edit. */
    private boolean showing;
    private final List<Runnable> refreshers = new ArrayList<>();

    public void bind(ExportPresetModel presetModel) {
        this.model = presetModel;
        presetBox.setItems(model.presets());
        ChoiceNames.show(presetBox, ExportPreset::name);
        presetBox.valueProperty().bindBidirectional(model.selectedProperty());
        deleteButton.disableProperty().bind(model.selectedIsBuiltIn());
        deleteButton.setOnAction(e -> deleteSelected());
        saveButton.setOnAction(e -> saveAsOwn());
        bindPage();
        bindLevels();
        // The dialog grows to show the adjustments and shrinks back when they are folded away.
        adjustPane.expandedProperty().addListener((obs, o, n) -> javafx.application.Platform.runLater(() -> {
            pane.getScene().getWindow().sizeToScene();
            pane.getScene().getWindow().centerOnScreen();
        }));
        model.adjustedProperty().addListener((obs, o, preset) -> show(preset));
        model.changedProperty().addListener((obs, o, n) -> showSummary(model.adjustedProperty().get()));
        show(model.adjustedProperty().get());
    }

    private void bindPage() {
        margin(topMargin, (p, v) -> PageSetup.a4(v, p.bottomMm(), p.leftMm(), p.rightMm()), PageSetup::topMm);
        margin(bottomMargin, (p, v) -> PageSetup.a4(p.topMm(), v, p.leftMm(), p.rightMm()), PageSetup::bottomMm);
        margin(leftMargin, (p, v) -> PageSetup.a4(p.topMm(), p.bottomMm(), v, p.rightMm()), PageSetup::leftMm);
        margin(rightMargin, (p, v) -> PageSetup.a4(p.topMm(), p.bottomMm(), p.leftMm(), v), PageSetup::rightMm);
        gridLines.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, 40, 22));
        gridChars.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(10, 40, 28));
        Runnable gridEdited = () -> edit(p -> gridCheck.isSelected()
                ? p.withGrid(TextGrid.of(gridLines.getValue(), gridChars.getValue()))
                : p.withGrid(TextGrid.NONE).withLineSpacing(LineSpacing.multiple(spacing.getValue())));
        gridCheck.selectedProperty().addListener((obs, o, n) -> gridEdited.run());
        gridLines.valueProperty().addListener((obs, o, n) -> gridEdited.run());
        gridChars.valueProperty().addListener((obs, o, n) -> gridEdited.run());
        gridLines.disableProperty().bind(gridCheck.selectedProperty().not());
        gridChars.disableProperty().bind(gridCheck.selectedProperty().not());
        spacing.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 3, 1.5, 0.25));
        spacing.disableProperty().bind(gridCheck.selectedProperty());
        spacing.valueProperty().addListener((obs, o, n) -> edit(p -> p.withLineSpacing(LineSpacing.multiple(n))));
        refreshers.add(() -> {
            ExportPreset p = model.adjustedProperty().get();
            gridCheck.setSelected(p.grid().isSet());
            if (p.grid().isSet()) {
                gridLines.getValueFactory().setValue(p.grid().linesPerPage());
                gridChars.getValueFactory().setValue(p.grid().charsPerLine());
            }
            if (p.lineSpacing().rule() == LineSpacing.Rule.MULTIPLE) {
                spacing.getValueFactory().setValue(p.lineSpacing().value());
            }
            spacingNote.setText(p.grid().isSet() ? UiText.get("export.spacing.fromGrid", PresetSummary.number(p.lineSpacing().value()))
                    : UiText.get("export.spacing.multiple"));
        });
    }

    private void margin(Spinner<Double> spinner, BiFunction<PageSetup, Double, PageSetup> set,
                        ToDoubleFunction<PageSetup> get) {
        spinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(5, 60, 25, 1));
        spinner.valueProperty().addListener((obs, o, v) -> edit(p -> p.withPage(set.apply(p.page(), v))));
        refreshers.add(() -> spinner.getValueFactory().setValue(get.applyAsDouble(model.adjustedProperty().get().page())));
    }

    /** One row per level: its face, its size by Chinese name and whether it is bold. */
    private void bindLevels() {
        int row = 0;
        for (ParagraphLevel level : ParagraphLevel.values()) {
            ComboBox<String> face = new ComboBox<>();
            face.setEditable(true);
            face.getItems().setAll(FACES);
            face.setId("exportFace-" + level.name());
            ComboBox<String> size = new ComboBox<>();
            size.setEditable(true);
            size.getItems().setAll(TypeSizes.all().stream().map(TypeSizes.TypeSize::name).toList());
            size.setId("exportSize-" + level.name());
            CheckBox bold = new CheckBox(UiText.get("export.bold"));
            bold.setId("exportBold-" + level.name());
            bold.setMinWidth(CheckBox.USE_PREF_SIZE);
            // Two levels to a row, so that the dialog fits an office laptop's screen.
            int column = (row % 2) * 4;
            int line = row++ / 2;
            face.setPrefWidth(150);
            size.setPrefWidth(90);
            Label name = new Label(UiText.get("action.level." + level.name()));
            name.setMinWidth(Label.USE_PREF_SIZE);
            levelGrid.add(name, column, line);
            levelGrid.add(face, column + 1, line);
            levelGrid.add(size, column + 2, line);
            levelGrid.add(bold, column + 3, line);
            face.valueProperty().addListener((obs, o, n) -> {
                if (n != null && !n.isBlank()) {
                    editLevel(level, f -> f.withFont(f.font().withEastAsia(n.strip())));
                }
            });
            size.valueProperty().addListener((obs, o, n) -> sizeOf(n).ifPresent(pt -> editLevel(level, f -> f.withSize(pt))));
            bold.selectedProperty().addListener((obs, o, n) -> editLevel(level, f -> f.withBold(n)));
            refreshers.add(() -> {
                ParagraphFormat f = model.adjustedProperty().get().format(level);
                face.setValue(f.font().eastAsia());
                size.setValue(TypeSizes.describe(f.sizePt()));
                bold.setSelected(f.bold());
            });
        }
    }

    /** "三号", or a number of points ("17", "17磅"). */
    private static Optional<Double> sizeOf(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().replace("磅", "");
        var named = TypeSizes.named(t);
        if (named.isPresent()) {
            return named.map(TypeSizes.TypeSize::points);
        }
        try {
            double pt = Double.parseDouble(t);
            return pt >= 5 && pt <= 72 ? Optional.of(pt) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void editLevel(ParagraphLevel level, UnaryOperator<ParagraphFormat> change) {
        edit(p -> p.withLevel(level, change.apply(p.format(level))));
    }

    private void edit(UnaryOperator<ExportPreset> change) {
        if (showing) {
            return;
        }
        try {
            model.adjust(change);
        } catch (IllegalArgumentException e) {
            // e.g. margins that leave no room for text: the controls go back to what is possible
            show(model.adjustedProperty().get());
        }
    }

    private void show(ExportPreset preset) {
        showing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            showing = false;
        }
        showSummary(preset);
    }

    private void showSummary(ExportPreset preset) {
        String text = PresetSummary.describe(preset);
        summary.setText(model.changedProperty().get() ? text + "\n" + UiText.get("export.adjusted") : text);
    }

    private void saveAsOwn() {
        TextInputDialog ask = new TextInputDialog(UiText.get("export.preset.defaultName", model.selectedProperty().get().name()));
        ask.initOwner(pane.getScene().getWindow());
        ask.setTitle(UiText.get("export.title"));
        ask.setHeaderText(UiText.get("export.preset.saveHeader"));
        ask.getEditor().setId("exportPresetName");
        ask.showAndWait().map(String::strip).ifPresent(name -> {
            if (!ExportPresetModel.isUsableName(name)) {
                error(UiText.get("export.preset.badName", name));
                return;
            }
            if (model.ownNamed(name).isPresent() && !confirm(UiText.get("export.preset.replace", name))) {
                return;
            }
            try {
                model.saveAsOwn(name);
            } catch (IOException e) {
                error(UiText.get("export.preset.saveFailed", e.getMessage()));
            }
        });
    }

    private void deleteSelected() {
        ExportPreset preset = model.selectedProperty().get();
        if (preset != null && confirm(UiText.get("export.preset.deleteConfirm", preset.name()))) {
            try {
                model.deleteSelected();
            } catch (IOException e) {
                error(UiText.get("export.preset.deleteFailed", e.getMessage()));
            }
        }
    }

    private boolean confirm(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(pane.getScene().getWindow());
        alert.setTitle(UiText.get("export.title"));
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(pane.getScene().getWindow());
        alert.setTitle(UiText.get("export.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    /** The layout to export with: the chosen preset as adjusted. */
    public ExportPreset result() {
        return model.adjustedProperty().get();
    }
}
