package org.speechdraft.ui.template;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogPanes;

/**
 * The form of 存为模板 and 编辑信息 (SaveTemplateDialog.fxml): 名称 (required), 分类 (one of the
 * library's or a new one), 说明, and for 存为模板 whether the body stays as sample paragraphs.
 */
public final class TemplateDetailsDialog {

    @FXML private DialogPane pane;
    @FXML private TextField nameField;
    @FXML private ComboBox<String> categoryBox;
    @FXML private TextArea descriptionArea;
    @FXML private CheckBox keepBodyBox;

    /**
     * @param askKeepBody true for 存为模板 (the checkbox shows), false for 编辑信息
     * @return the details as entered, stripped; empty when cancelled
     */
    public static Optional<TemplateDetails> ask(Window owner, String header, TemplateDetails initial,
                                                List<String> categories, boolean askKeepBody) {
        return ask(owner, UiText.get(askKeepBody ? "saveTemplate.title" : "saveTemplate.editTitle"), header, initial,
                categories, askKeepBody);
    }

    /** The same form under another window title (提取为模板). */
    public static Optional<TemplateDetails> ask(Window owner, String title, String header, TemplateDetails initial,
                                                List<String> categories, boolean askKeepBody) {
        FXMLLoader loader = DialogPanes.load(TemplateDetailsDialog.class, "SaveTemplateDialog.fxml");
        DialogPane pane = loader.getRoot();
        TemplateDetailsDialog form = loader.getController();
        form.show(initial, categories, askKeepBody);
        pane.setHeaderText(header);
        Dialog<ButtonType> dialog = DialogPanes.dialog(owner, title, pane, false);
        DialogPanes.useAppStyles(pane);
        var ok = pane.lookupButton(ButtonType.OK);
        ok.setId("saveTemplateOk");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> form.nameField.getText().isBlank(),
                form.nameField.textProperty()));
        Platform.runLater(form.nameField::requestFocus);
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonData.OK_DONE).map(b -> form.details());
    }

    private void show(TemplateDetails initial, List<String> categories, boolean askKeepBody) {
        nameField.setText(initial.name());
        categoryBox.getItems().setAll(categories);
        categoryBox.getEditor().setText(initial.category());
        descriptionArea.setText(initial.description());
        keepBodyBox.setSelected(initial.keepBody());
        keepBodyBox.setVisible(askKeepBody);
        keepBodyBox.setManaged(askKeepBody);
    }

    private TemplateDetails details() {
        String category = categoryBox.getEditor().getText().strip();
        return new TemplateDetails(nameField.getText().strip(),
                category.isEmpty() ? UiText.get("saveTemplate.defaultCategory") : category,
                descriptionArea.getText().strip(), keepBodyBox.isSelected());
    }
}
