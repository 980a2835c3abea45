package org.speechdraft.ui.check;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.speechdraft.core.check.CheckKind;
import org.speechdraft.core.check.CheckOptions;
import org.speechdraft.core.check.Problem;
import org.speechdraft.ui.UiText;

/**
 * The 校对 panel (CheckPane.fxml): the problems in the text; selecting one shows it, 修正此处
 * and 全部修正 apply the safe fixes; the 检查项 menu switches checks on and off.
 */
public final class CheckPaneController {

    @FXML private MenuButton checksMenu;
    @FXML private Button fixAllButton;
    @FXML private ListView<Problem> list;
    @FXML private Button fixButton;
    @FXML private Label summary;

    private CheckModel model;

    public void bind(CheckModel checkModel) {
        this.model = checkModel;
        list.setItems(model.problems());
        list.setCellFactory(view -> new ProblemCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, p) -> {
            if (p != null) {
                model.reveal(p);
            }
        });
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.reveal(p);
            }
        });
        fixButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            return p == null || !p.hasFix();
        }, list.getSelectionModel().selectedItemProperty()));
        fixButton.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null) {
                model.fix(p);
                // On to the next problem, as one works down a proofreader's marks.
                if (!model.problems().isEmpty()) {
                    list.getSelectionModel().select(Math.min(index, model.problems().size() - 1));
                }
            }
        });
        fixAllButton.setTooltip(new Tooltip(UiText.get("check.fixAll.tooltip")));
        fixAllButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.problems().stream().noneMatch(Problem::hasFix), model.problems()));
        fixAllButton.setOnAction(e -> model.fixAll());
        buildOptionsMenu();
        model.problems().addListener((ListChangeListener<Problem>) c -> updateSummary());
        updateSummary();
    }

    private void buildOptionsMenu() {
        for (CheckKind kind : CheckKind.values()) {
            CheckMenuItem item = new CheckMenuItem(kind.displayName());
            item.setId("check-" + kind.id());
            item.setSelected(model.optionsProperty().get().isOn(kind));
            item.selectedProperty().addListener((obs, o, on) -> model.optionsProperty().set(
                    model.optionsProperty().get().with(kind, on)));
            checksMenu.getItems().add(item);
        }
        MenuItem longest = new MenuItem();
        longest.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("check.longSentence", model.optionsProperty().get().longestSentence()),
                model.optionsProperty()));
        longest.setOnAction(e -> askLongestSentence());
        checksMenu.getItems().addAll(new SeparatorMenuItem(), longest);
    }

    private void askLongestSentence() {
        CheckOptions current = model.optionsProperty().get();
        TextInputDialog ask = new TextInputDialog(String.valueOf(current.longestSentence()));
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle(UiText.get("check.title"));
        ask.setHeaderText(UiText.get("check.longSentence.header"));
        ask.showAndWait().map(String::strip).filter(t -> t.matches("\\d{1,4}"))
                .ifPresent(t -> model.optionsProperty().set(current.withLongestSentence(Integer.parseInt(t))));
    }

    private void updateSummary() {
        long fixable = model.problems().stream().filter(Problem::hasFix).count();
        summary.setText(model.problems().isEmpty() ? UiText.get("check.none")
                : UiText.get("check.summary", model.problems().size(), fixable));
    }

    /** "第3段 · 半角标点", then the message. */
    private static final class ProblemCell extends ListCell<Problem> {
        ProblemCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            Label where = new Label(UiText.get("check.where", p.paragraph() + 1, p.kind().displayName()));
            where.getStyleClass().add("sd-placeholder-context");
            Label message = new Label(p.message());
            message.setWrapText(true);
            message.getStyleClass().add("sd-check-message");
            setGraphic(new VBox(2, where, message));
        }
    }
}
