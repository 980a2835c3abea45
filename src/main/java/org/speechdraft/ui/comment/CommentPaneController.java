package org.speechdraft.ui.comment;

import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.speechdraft.ui.UiText;

/**
 * The 批注 panel (CommentPane.fxml): every comment beside the text, in text order; selecting one
 * selects its text, putting the caret in commented text selects its comment; 回复, 已解决 and 删除
 * act on the selected one, 新建批注 on the selected text.
 */
public final class CommentPaneController {

    @FXML private ListView<CommentRow> list;
    @FXML private Button addButton;
    @FXML private Button replyButton;
    @FXML private Button doneButton;
    @FXML private Button deleteButton;
    @FXML private Label summary;

    private CommentModel model;
    /** Asks for a comment's or an answer's text: (header, initial text) → the text, empty when cancelled. */
    private BiFunction<String, String, Optional<String>> askText;
    private boolean following;

    public void bind(CommentModel commentModel, BiFunction<String, String, Optional<String>> ask) {
        this.model = commentModel;
        this.askText = ask;
        list.setItems(model.rows());
        list.setCellFactory(view -> new CommentCell());
        list.setPlaceholder(new Label(UiText.get("comment.none")));
        var selected = list.getSelectionModel().selectedItemProperty();
        selected.addListener((obs, o, row) -> {
            if (row != null && !following) {
                model.reveal(row);
            }
        });
        model.atCaretProperty().addListener((obs, o, row) -> {
            following = true;
            if (row != null) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
            following = false;
        });
        replyButton.disableProperty().bind(selected.isNull());
        deleteButton.disableProperty().bind(selected.isNull());
        doneButton.disableProperty().bind(selected.isNull());
        doneButton.textProperty().bind(Bindings.createStringBinding(() -> UiText.get(
                selected.get() != null && selected.get().comment().done() ? "comment.reopen" : "comment.done"), selected));
        addButton.setOnAction(e -> addToSelection());
        replyButton.setOnAction(e -> withSelected(row -> askText.apply(UiText.get("comment.reply.header",
                CommentCell.head(row.comment().author(), row.comment().date(), false)), "")
                .ifPresent(text -> model.reply(row, text))));
        doneButton.setOnAction(e -> withSelected(row -> model.setDone(row, !row.comment().done())));
        deleteButton.setOnAction(e -> withSelected(model::delete));
        model.rows().addListener((ListChangeListener<CommentRow>) c -> updateSummary());
        model.openProperty().addListener((obs, o, n) -> updateSummary());
        updateSummary();
    }

    /** 新建批注: on the selected text, asking what it says. */
    public void addToSelection() {
        if (!model.canAdd()) {
            summary.setText(UiText.get("comment.selectFirst"));
            return;
        }
        askText.apply(UiText.get("comment.new.header"), "").ifPresent(model::add);
    }

    private void withSelected(java.util.function.Consumer<CommentRow> action) {
        CommentRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            int index = list.getSelectionModel().getSelectedIndex();
            action.accept(row);
            // the row was replaced by its new state: keep it selected
            if (index < list.getItems().size()) {
                list.getSelectionModel().select(index);
            }
        }
    }

    private void updateSummary() {
        int all = model.rows().size();
        int open = model.openProperty().get();
        summary.setText(all == 0 ? UiText.get("comment.summary.none")
                : open == all ? UiText.get("comment.summary", all) : UiText.get("comment.summary.done", all, all - open));
    }
}
