package org.speechdraft.ui.compare;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.compare.Review;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.editor.EditorFonts;

/**
 * The comparison window (CompareView.fxml): the other version on the left with what it has that
 * the right lacks struck through in red, the right version with what it has in addition underlined
 * in green, at character level, scrolled together; below, the list of changes with 接受/拒绝. In a
 * review of 修订 the older text is the draft: it goes on the left, the revised version on the right,
 * and every change names who made it.
 */
public final class CompareViewController {

    static final String DELETED = "sd-diff-deleted";
    static final String INSERTED = "sd-diff-inserted";
    static final String SELECTED = "sd-diff-selected";
    private static final String TEXT_CLASS = "sd-compare-text";

    @FXML private Label leftTitle;
    @FXML private Label rightTitle;
    @FXML private StackPane leftHost;
    @FXML private StackPane rightHost;
    @FXML private Label summary;
    @FXML private Label hint;
    @FXML private ListView<Change> changeList;
    @FXML private Button acceptButton;
    @FXML private Button rejectButton;
    @FXML private Button acceptAllButton;
    @FXML private Button rejectAllButton;
    @FXML private Button closeButton;

    private final StyleClassedTextArea left = textArea("compareLeft");
    private final StyleClassedTextArea right = textArea("compareRight");
    private CompareModel model;
    private ScrollTogether scrolling;

    /** Opens a window for {@code model} beside {@code owner}; closing it stops the comparison following the draft. */
    public static void open(Window owner, CompareModel model) {
        FXMLLoader loader = new FXMLLoader(CompareViewController.class.getResource("CompareView.fxml"),
                UiText.MESSAGES.bundle());
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("CompareView.fxml cannot be loaded", e);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(model.reviewsRevisions() ? UiText.get("revision.title", model.leftName())
                : UiText.get("compare.title", model.leftName(), model.rightName()));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(CompareViewController.class.getResource("/org/speechdraft/ui/app.css").toExternalForm());
        stage.setScene(scene);
        CompareViewController controller = loader.getController();
        controller.bind(model, stage::close);
        stage.setOnHidden(e -> model.close());
        stage.show();
    }

    private void bind(CompareModel comparison, Runnable close) {
        this.model = comparison;
        leftHost.getChildren().add(new VirtualizedScrollPane<>(left));
        rightHost.getChildren().add(new VirtualizedScrollPane<>(right));
        if (model.reviewsRevisions()) {
            leftTitle.setText(UiText.get("revision.before", model.rightName()));
            rightTitle.setText(UiText.get("revision.after", model.leftName()));
            hint.setText(UiText.get("revision.hint"));
        } else {
            leftTitle.setText(UiText.get("compare.left", model.leftName()));
            rightTitle.setText(UiText.get("compare.right", model.rightName()));
            hint.setText(UiText.get(model.editable() ? "compare.hint" : "compare.hint.readOnly"));
        }
        changeList.setCellFactory(view -> new ChangeCell(model));
        var selected = changeList.getSelectionModel().selectedItemProperty();
        selected.addListener((obs, o, change) -> {
            mark(model.reviewProperty().get());
            reveal(change);
        });
        if (model.editable()) {
            acceptButton.disableProperty().bind(selected.isNull());
            acceptAllButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(changeList.getItems()));
        } else {
            acceptButton.setDisable(true);
            acceptAllButton.setDisable(true);
        }
        rejectButton.disableProperty().bind(acceptButton.disableProperty());
        rejectAllButton.disableProperty().bind(acceptAllButton.disableProperty());
        acceptButton.setOnAction(e -> decide(model::accept));
        rejectButton.setOnAction(e -> decide(model::reject));
        acceptAllButton.setOnAction(e -> model.acceptAll());
        rejectAllButton.setOnAction(e -> model.rejectAll());
        closeButton.setOnAction(e -> close.run());
        scrolling = new ScrollTogether(left, right, () -> model.reviewProperty().get().comparison(),
                model.reviewsRevisions());
        model.reviewProperty().addListener((obs, o, review) -> show(review));
        show(model.reviewProperty().get());
    }

    /** Accepts or rejects the selected change, then selects the one that took its place in the list. */
    private void decide(java.util.function.Consumer<Change> decision) {
        int index = changeList.getSelectionModel().getSelectedIndex();
        Change change = changeList.getSelectionModel().getSelectedItem();
        if (change == null) {
            return;
        }
        decision.accept(change);
        if (!changeList.getItems().isEmpty()) {
            changeList.getSelectionModel().select(Math.min(index, changeList.getItems().size() - 1));
        }
    }

    private void show(Review review) {
        int leftTop = scrolling.firstVisible(left);
        int rightTop = scrolling.firstVisible(right);
        scrolling.quietly(() -> {
            left.replaceText(joined(model.reviewsRevisions() ? review.current() : review.other()));
            right.replaceText(joined(model.reviewsRevisions() ? review.other() : review.current()));
        });
        changeList.getItems().setAll(review.openChanges());
        if (changeList.getSelectionModel().isEmpty() && !changeList.getItems().isEmpty()) {
            changeList.getSelectionModel().selectFirst(); // 接受 and 拒绝 ready at once
        }
        mark(review);
        scrolling.quietly(() -> {
            left.showParagraphAtTop(Math.min(leftTop, left.getParagraphs().size() - 1));
            right.showParagraphAtTop(Math.min(rightTop, right.getParagraphs().size() - 1));
        });
        int open = review.openChanges().size();
        int all = review.comparison().changes().size();
        String prefix = model.reviewsRevisions() ? "revision." : "compare.";
        summary.setText(all == 0 ? UiText.get(model.reviewsRevisions() ? "revision.summary.none" : "compare.summary.same")
                : open == all ? UiText.get(prefix + "summary", open)
                : UiText.get(prefix + "summary.rejected", open, all - open));
    }

    /** The side of a change shown in the left pane: the other version's, or in a review of 修订 the draft's. */
    private Change.Side leftSide(Change c) {
        return model.reviewsRevisions() ? c.right() : c.left();
    }

    private Change.Side rightSide(Change c) {
        return model.reviewsRevisions() ? c.left() : c.right();
    }

    /** Red strike-through on the left, green underline on the right; the selected change stands out. */
    private void mark(Review review) {
        left.clearStyle(0, left.getLength());
        right.clearStyle(0, right.getLength());
        Change selected = changeList.getSelectionModel().getSelectedItem();
        for (Change c : review.openChanges()) {
            boolean current = c.equals(selected);
            style(left, leftSide(c), DELETED, current);
            style(right, rightSide(c), INSERTED, current);
        }
    }

    private static void style(StyleClassedTextArea area, Change.Side side, String styleClass, boolean selected) {
        if (side.isEmpty() || side.paragraph() >= area.getParagraphs().size()) {
            return;
        }
        int from = area.getAbsolutePosition(side.paragraph(), side.start());
        int to = area.getAbsolutePosition(side.paragraph(), side.end());
        area.setStyle(from, to, selected ? List.of(styleClass, SELECTED) : List.of(styleClass));
    }

    private void reveal(Change change) {
        if (change == null) {
            return;
        }
        scrolling.quietly(() -> {
            left.showParagraphAtTop(Math.max(0, leftSide(change).paragraph() - 1));
            right.showParagraphAtTop(Math.max(0, rightSide(change).paragraph() - 1));
        });
    }

    private static String joined(Collection<DraftParagraph> paragraphs) {
        return paragraphs.stream().map(DraftParagraph::text).collect(Collectors.joining("\n"));
    }

    private static StyleClassedTextArea textArea(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.getStyleClass().add(TEXT_CLASS);
        area.getStylesheets().add(EditorFonts.detect().bodyStylesheetUrl(TEXT_CLASS));
        area.setEditable(false);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        return area;
    }

    private static final class ChangeCell extends ListCell<Change> {
        private final CompareModel model;

        ChangeCell(CompareModel model) {
            this.model = model;
            setPrefWidth(0); // long texts are cut with "…" rather than scrolled sideways
        }

        @Override
        protected void updateItem(Change change, boolean empty) {
            super.updateItem(change, empty);
            if (empty || change == null) {
                setText(null);
            } else {
                setText(model.reviewsRevisions() ? ChangeText.describeRevision(change, model.revisersOf(change))
                        : ChangeText.describe(change));
            }
        }
    }
}
