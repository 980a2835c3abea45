package org.speechdraft.ui.template;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateException;
import org.speechdraft.core.template.TemplateExtraction;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.core.template.TemplateParagraph;
import org.speechdraft.core.template.TemplateValidator;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogPanes;

/**
 * The review of 提取为模板 (ExtractTemplateDialog.fxml): the outline, whose headings can be
 * reworded (double-click), and the fields found in the speech, which can be renamed, given another
 * unit or taken out again (the speech's own figure stays); and whether the body stays as sample
 * paragraphs. Name, category and description are asked next, as for 存为模板.
 */
public final class ExtractTemplateDialog {

    /** A paragraph of the outline and its place in the extraction's template. */
    record OutlineItem(int index, TemplateParagraph paragraph) {
    }

    @FXML private DialogPane pane;
    @FXML private Label titleLabel;
    @FXML private ListView<OutlineItem> outlineList;
    @FXML private Label samplesLabel;
    @FXML private Label fieldsTitle;
    @FXML private TableView<TemplateField> fieldTable;
    @FXML private TableColumn<TemplateField, String> nameColumn;
    @FXML private TableColumn<TemplateField, String> kindColumn;
    @FXML private TableColumn<TemplateField, String> unitColumn;
    @FXML private TableColumn<TemplateField, String> hintColumn;
    @FXML private Button removeButton;
    @FXML private CheckBox keepBodyBox;
    @FXML private Label problemLabel;

    /** The extraction with every sample paragraph; the check box decides whether they are kept. */
    private TemplateExtraction extraction;
    private final BooleanProperty invalid = new SimpleBooleanProperty();

    /** @return the reviewed extraction, without the samples if the user left them out; empty when cancelled */
    public static Optional<TemplateExtraction> review(Window owner, TemplateExtraction initial) {
        FXMLLoader loader = DialogPanes.load(ExtractTemplateDialog.class, "ExtractTemplateDialog.fxml");
        DialogPane pane = loader.getRoot();
        ExtractTemplateDialog form = loader.getController();
        ButtonType next = new ButtonType(UiText.get("extract.next"), ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(next, ButtonType.CANCEL);
        Dialog<ButtonType> dialog = DialogPanes.dialog(owner, UiText.get("extract.title"), pane, true);
        DialogPanes.useAppStyles(pane);
        pane.lookupButton(next).setId("extractNext");
        pane.lookupButton(next).disableProperty().bind(form.invalid);
        form.show(initial);
        return dialog.showAndWait().filter(b -> b == next).map(b -> form.shown());
    }

    private void show(TemplateExtraction initial) {
        extraction = initial;
        outlineList.setCellFactory(list -> new OutlineCell());
        outlineList.setOnEditCommit(e -> change(extraction.withParagraphText(
                outlineList.getItems().get(e.getIndex()).index(), e.getNewValue().paragraph().text())));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        nameColumn.setOnEditCommit(e -> rename(e.getRowValue().name(), e.getNewValue()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind().displayName()));
        unitColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit()));
        unitColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        unitColumn.setOnEditCommit(e -> change(extraction.withFieldUnit(e.getRowValue().name(), e.getNewValue())));
        hintColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(writtenBefore(c.getValue())));
        fieldTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fieldTable.setPlaceholder(new Label(UiText.get("extract.fields.none")));
        fieldTable.getSelectionModel().selectedItemProperty().addListener((obs, was, field) -> updateRemovable());
        removeButton.setOnAction(e -> {
            TemplateField field = fieldTable.getSelectionModel().getSelectedItem();
            if (field != null) {
                change(extraction.withoutField(field.name()));
            }
        });
        keepBodyBox.setOnAction(e -> refresh(""));
        refresh("");
    }

    private void rename(String field, String newName) {
        try {
            change(extraction.withFieldRenamed(field, newName));
        } catch (TemplateException e) {
            refresh(e.getMessage());
        }
    }

    private void change(TemplateExtraction edited) {
        extraction = edited;
        refresh("");
    }

    /** The lists as the extraction now is; {@code notice} is shown when there is nothing wrong to show instead. */
    private void refresh(String notice) {
        Template template = shown().template();
        titleLabel.setText(UiText.get("extract.titlePattern", template.titlePattern()));
        List<TemplateParagraph> all = extraction.template().paragraphs();
        List<OutlineItem> outline = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).sample()) {
                outline.add(new OutlineItem(i, all.get(i)));
            }
        }
        outlineList.getItems().setAll(outline);
        long samples = all.stream().filter(TemplateParagraph::sample).count();
        samplesLabel.setText(UiText.get(keepBodyBox.isSelected() ? "extract.samples.kept" : "extract.samples.dropped",
                samples));
        TemplateField selected = fieldTable.getSelectionModel().getSelectedItem();
        fieldTable.getItems().setAll(template.fields());
        if (selected != null) {
            template.field(selected.name()).ifPresent(f -> fieldTable.getSelectionModel().select(f));
        }
        fieldsTitle.setText(UiText.get("extract.fields", template.fields().size()));
        updateRemovable();
        // The name is asked next; only what this review can put right is checked here.
        List<String> errors = TemplateValidator.check(template.withName(UiText.get("extract.title"))).errors();
        invalid.set(!errors.isEmpty());
        problemLabel.setText(errors.isEmpty() ? notice : errors.get(0));
    }

    /** What the speech said where the field now stands ("12.5亿元", "XX万元"), else the field's hint. */
    private String writtenBefore(TemplateField field) {
        String original = extraction.originals().get(field.name());
        return original == null ? field.hint() : original + field.unit();
    }

    /** A field made from the speech's text can go back to it; one written {{字段}} in the draft cannot. */
    private void updateRemovable() {
        TemplateField field = fieldTable.getSelectionModel().getSelectedItem();
        removeButton.setDisable(field == null || !extraction.canRemove(field.name()));
    }

    private TemplateExtraction shown() {
        return keepBodyBox.isSelected() ? extraction : extraction.withoutSamples();
    }

    /** A line of the outline, indented by its level; double-click to reword it. */
    private static final class OutlineCell extends TextFieldListCell<OutlineItem> {

        OutlineCell() {
            super(new StringConverter<>() {
                @Override
                public String toString(OutlineItem item) {
                    return item == null ? "" : item.paragraph().text();
                }

                @Override
                public OutlineItem fromString(String text) {
                    // Only the text is used: the commit handler knows which paragraph was edited.
                    return new OutlineItem(-1, TemplateParagraph.sample(text));
                }
            });
        }

        @Override
        public void updateItem(OutlineItem item, boolean empty) {
            super.updateItem(item, empty);
            int depth = empty || item == null ? 0 : item.paragraph().level().headingDepth();
            setStyle("-fx-padding: 3 4 3 " + (6 + 18 * Math.max(0, depth - 1)) + ";");
            getStyleClass().remove("sd-preview-head-strong");
            if (depth == 1) {
                getStyleClass().add("sd-preview-head-strong");
            }
        }
    }
}
