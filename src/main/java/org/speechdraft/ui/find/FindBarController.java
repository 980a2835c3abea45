package org.speechdraft.ui.find;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The find/replace bar under the toolbar (FindBar.fxml); binds its controls to a {@link FindModel}. */
public final class FindBarController {

    @FXML private VBox root;
    @FXML private HBox replaceRow;
    @FXML private TextField queryField;
    @FXML private TextField replaceField;
    @FXML private CheckBox matchCaseBox;
    @FXML private Label countLabel;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button replaceButton;
    @FXML private Button replaceAllButton;
    @FXML private Button closeButton;

    private FindModel model;
    private Runnable onClose = () -> { };

    public void bind(FindModel findModel, Runnable closeAction) {
        this.model = findModel;
        this.onClose = closeAction;
        queryField.textProperty().bindBidirectional(model.queryProperty());
        replaceField.textProperty().bindBidirectional(model.replacementProperty());
        matchCaseBox.selectedProperty().bindBidirectional(model.matchCaseProperty());
        countLabel.textProperty().bind(model.statusProperty());
        var noMatches = model.matchCountProperty().isEqualTo(0);
        previousButton.disableProperty().bind(noMatches);
        nextButton.disableProperty().bind(noMatches);
        replaceButton.disableProperty().bind(noMatches);
        replaceAllButton.disableProperty().bind(noMatches);
        previousButton.setOnAction(e -> model.previous());
        nextButton.setOnAction(e -> model.next());
        replaceButton.setOnAction(e -> model.replaceCurrent());
        replaceAllButton.setOnAction(e -> model.replaceAll());
        closeButton.setOnAction(e -> onClose.run());
        queryField.setOnAction(e -> model.next());
        replaceField.setOnAction(e -> model.replaceCurrent());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            }
        });
    }

    /** Shows the bar; with {@code withReplace} the replace row too. Focuses the query field. */
    public void show(boolean withReplace, String initialQuery) {
        root.setVisible(true);
        root.setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        if (initialQuery != null && !initialQuery.isEmpty() && !initialQuery.contains("\n")) {
            queryField.setText(initialQuery);
        }
        model.refresh();
        queryField.requestFocus();
        queryField.selectAll();
    }

    public void hide() {
        root.setVisible(false);
        root.setManaged(false);
    }

    public boolean isShowing() {
        return root.isVisible();
    }
}
