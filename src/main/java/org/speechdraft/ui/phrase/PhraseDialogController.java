package org.speechdraft.ui.phrase;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.MouseButton;
import org.speechdraft.core.phrase.Phrase;
import org.speechdraft.core.phrase.PhraseLibrary;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.ui.UiText;

/**
 * The 常用语 dialog (PhraseDialog.fxml): categories, search, the phrases; the user's own can be
 * added (from the text selected in the editor) and deleted.
 */
public final class PhraseDialogController {

    @FXML private DialogPane pane;
    @FXML private TextField searchField;
    @FXML private ListView<String> categoryList;
    @FXML private ListView<Phrase> phraseList;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private ButtonType insertButton;

    private PhraseLibrary library;

    /** @param selectedText what is selected in the editor, offered when adding a phrase */
    public void bind(PhraseLibrary phrases, String selectedText) {
        this.library = phrases;
        categoryList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> refresh());
        searchField.textProperty().addListener((obs, o, n) -> refresh());
        phraseList.setCellFactory(view -> new PhraseCell());
        phraseList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen().isPresent()) {
                ((Button) pane.lookupButton(insertButton)).fire();
            }
        });
        pane.lookupButton(insertButton).disableProperty().bind(phraseList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chosen().map(p -> !p.own()).orElse(true), phraseList.getSelectionModel().selectedItemProperty()));
        addButton.setOnAction(e -> add(selectedText));
        removeButton.setOnAction(e -> remove());
        showCategories();
        categoryList.getSelectionModel().selectFirst();
        javafx.application.Platform.runLater(searchField::requestFocus);
    }

    private void showCategories() {
        String current = categoryList.getSelectionModel().getSelectedItem();
        categoryList.getItems().setAll(UiText.get("phrase.all"));
        categoryList.getItems().addAll(library.categories());
        categoryList.getSelectionModel().select(current != null && categoryList.getItems().contains(current) ? current
                : UiText.get("phrase.all"));
    }

    private void refresh() {
        String category = categoryList.getSelectionModel().getSelectedItem();
        boolean all = category == null || category.equals(UiText.get("phrase.all"));
        phraseList.getItems().setAll(library.find(all ? null : category, searchField.getText()));
        phraseList.getSelectionModel().selectFirst();
    }

    private void add(String selectedText) {
        String category = categoryList.getSelectionModel().getSelectedItem();
        String target = category == null || category.equals(UiText.get("phrase.all"))
                ? UiText.get("phrase.add.category") : category;
        TextInputDialog ask = new TextInputDialog(selectedText == null ? "" : selectedText.strip());
        ask.initOwner(pane.getScene().getWindow());
        ask.setTitle(UiText.get("phrase.title"));
        ask.setHeaderText(UiText.get("phrase.add.header", target));
        ask.getEditor().setId("phraseNewText");
        ask.getEditor().setPrefColumnCount(40);
        ask.showAndWait().map(String::strip).filter(t -> !t.isEmpty()).ifPresent(text -> {
            try {
                Phrase added = library.add(target, text);
                showCategories();
                categoryList.getSelectionModel().select(target);
                phraseList.getSelectionModel().select(added);
            } catch (DraftFileException ex) {
                error(ex.getMessage());
            }
        });
    }

    private void remove() {
        chosen().filter(Phrase::own).ifPresent(p -> {
            try {
                library.remove(p);
                showCategories();
                refresh();
            } catch (DraftFileException ex) {
                error(ex.getMessage());
            }
        });
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(pane.getScene().getWindow());
        alert.setTitle(UiText.get("phrase.title"));
        alert.setHeaderText(UiText.get("phrase.saveFailed"));
        alert.showAndWait();
    }

    /** The phrase to insert, if one is selected. */
    public Optional<Phrase> chosen() {
        return Optional.ofNullable(phraseList.getSelectionModel().getSelectedItem());
    }

    /** A phrase wraps over lines; the user's own are marked. */
    private static final class PhraseCell extends ListCell<Phrase> {
        PhraseCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Phrase phrase, boolean empty) {
            super.updateItem(phrase, empty);
            setText(empty || phrase == null ? null : phrase.text() + (phrase.own() ? " " + UiText.get("phrase.own") : ""));
        }
    }
}
