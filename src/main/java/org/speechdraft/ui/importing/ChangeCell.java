package org.speechdraft.ui.importing;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.speechdraft.core.cleanup.CleanupChange;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.ui.UiText;

/**
 * One thing a clean-up rule did, as the preview lists it: the line's number, then the line with
 * what went struck through in red and what came in green; a joined line break shows as a struck ↵,
 * a split as a green ¶.
 */
final class ChangeCell extends ListCell<CleanupChange> {

    private static final String BREAK = " ↵ ";
    private static final String PARAGRAPH = " ¶ ";

    ChangeCell() {
        // Never wider than the list: long lines wrap instead of scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(CleanupChange change, boolean empty) {
        super.updateItem(change, empty);
        setText(null);
        if (empty || change == null) {
            setGraphic(null);
            return;
        }
        TextFlow flow = new TextFlow(styled(UiText.get("import.change.line", change.line() + 1), "sd-change-line"));
        switch (change.kind()) {
            case REMOVED -> flow.getChildren().add(change.before().isEmpty()
                    ? styled(UiText.get("import.change.emptyLine"), "sd-change-line")
                    : styled(change.before(), "sd-change-removed"));
            case CHANGED -> addEdits(flow, change.before(), change.edits());
            case JOINED -> addParts(flow, change.before(), BREAK, "sd-change-removed");
            case SPLIT -> addParts(flow, change.after(), PARAGRAPH, "sd-change-added");
        }
        flow.maxWidthProperty().bind(widthProperty().subtract(24));
        flow.prefWidthProperty().bind(widthProperty().subtract(24));
        setGraphic(flow);
    }

    /** {@code before} with each edited stretch struck through and its replacement after it. */
    private static void addEdits(TextFlow flow, String before, List<RunEdits.Edit> edits) {
        int copied = 0;
        for (RunEdits.Edit edit : edits.stream().sorted(Comparator.comparingInt(RunEdits.Edit::start)).toList()) {
            if (edit.start() < copied) {
                continue;
            }
            flow.getChildren().add(new Text(before.substring(copied, edit.start())));
            if (edit.end() > edit.start()) {
                flow.getChildren().add(styled(before.substring(edit.start(), edit.end()), "sd-change-removed"));
            }
            if (!edit.text().isEmpty()) {
                flow.getChildren().add(styled(edit.text(), "sd-change-added"));
            }
            copied = edit.end();
        }
        flow.getChildren().add(new Text(before.substring(copied)));
    }

    /** The lines of {@code text} with a marked separator between them. */
    private static void addParts(TextFlow flow, String text, String separator, String separatorClass) {
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                flow.getChildren().add(styled(separator, separatorClass));
            }
            flow.getChildren().add(new Text(parts[i]));
        }
    }

    /** Marked text; blanks (spaces, 全角空格, NBSP) show as · so that their removal can be seen. */
    private static Text styled(String text, String styleClass) {
        Text node = new Text(text.isBlank() ? "·".repeat(text.length()) : text);
        node.getStyleClass().add(styleClass);
        return node;
    }
}
