package org.speechdraft.ui.snapshot;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.text.CharCounter;
import org.speechdraft.ui.UiText;

/**
 * The 快照与比较 dialog (SnapshotDialog.fxml): the draft's snapshots, newest first, with 字数;
 * restore, rename, delete, and compare one with the draft, two with each other, or the draft with
 * a file. Restoring and comparing close the dialog and happen after it ({@link #followUp()}).
 */
public final class SnapshotDialogController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm")
            .withZone(ZoneId.systemDefault());

    @FXML private DialogPane pane;
    @FXML private TableView<Snapshot> table;
    @FXML private TableColumn<Snapshot, String> nameColumn;
    @FXML private TableColumn<Snapshot, String> timeColumn;
    @FXML private TableColumn<Snapshot, Integer> charsColumn;
    @FXML private Button takeButton;
    @FXML private Button restoreButton;
    @FXML private Button renameButton;
    @FXML private Button deleteButton;
    @FXML private Button compareDraftButton;
    @FXML private Button compareTwoButton;
    @FXML private Button compareFileButton;

    private SnapshotActions actions;
    private Runnable close;
    private Runnable followUp;

    /** @param closeDialog closes the dialog (for the actions that continue outside it) */
    public void bind(SnapshotActions snapshotActions, Runnable closeDialog) {
        this.actions = snapshotActions;
        this.close = closeDialog;
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(c.getValue().takenAt())));
        charsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(characters(c.getValue().paragraphs())));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new javafx.scene.control.Label(UiText.get("snapshot.none")));
        showSnapshots();
        actions.snapshots().addListener((ListChangeListener<Snapshot>) c -> showSnapshots());

        var selected = table.getSelectionModel().getSelectedItems();
        var notOne = Bindings.createBooleanBinding(() -> selected.size() != 1, selected);
        restoreButton.disableProperty().bind(notOne);
        renameButton.disableProperty().bind(notOne);
        compareDraftButton.disableProperty().bind(notOne);
        deleteButton.disableProperty().bind(Bindings.isEmpty(selected));
        compareTwoButton.disableProperty().bind(Bindings.size(selected).isNotEqualTo(2));

        takeButton.setOnAction(e -> actions.takeSnapshot());
        renameButton.setOnAction(e -> one().ifPresent(actions::rename));
        deleteButton.setOnAction(e -> deleteSelected());
        restoreButton.setOnAction(e -> one().ifPresent(s -> closeThen(() -> actions.restore(s))));
        compareDraftButton.setOnAction(e -> one().ifPresent(s -> closeThen(() -> actions.compareWithDraft(s))));
        compareTwoButton.setOnAction(e -> {
            List<Snapshot> two = List.copyOf(selected);
            closeThen(() -> actions.compareSnapshots(two.get(0), two.get(1)));
        });
        compareFileButton.setOnAction(e -> closeThen(actions::compareWithFile));
        table.getSelectionModel().selectFirst();
    }

    /** What to do once the dialog has closed, if the user chose to restore or compare. */
    public Optional<Runnable> followUp() {
        return Optional.ofNullable(followUp);
    }

    private void showSnapshots() {
        List<Snapshot> newestFirst = new java.util.ArrayList<>(actions.snapshots());
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
    }

    private Optional<Snapshot> one() {
        var selected = table.getSelectionModel().getSelectedItems();
        return selected.size() == 1 ? Optional.of(selected.get(0)) : Optional.empty();
    }

    private void closeThen(Runnable action) {
        followUp = action;
        close.run();
    }

    private void deleteSelected() {
        List<Snapshot> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        String what = chosen.size() == 1 ? UiText.get("snapshot.delete.one", chosen.get(0).name())
                : UiText.get("snapshot.delete.many", chosen.size());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, UiText.get("snapshot.delete.content"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(pane.getScene().getWindow());
        confirm.setTitle(UiText.get("snapshot.title"));
        confirm.setHeaderText(what);
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            chosen.forEach(actions::delete);
        }
    }

    private static int characters(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().mapToInt(p -> CharCounter.count(p.text())).sum();
    }
}
