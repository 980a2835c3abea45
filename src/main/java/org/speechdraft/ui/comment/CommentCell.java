package org.speechdraft.ui.comment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.text.Excerpt;
import org.speechdraft.ui.UiText;

/**
 * A 批注 in the panel, as Word's balloon shows one: who and when, the text it is on, what it says,
 * and the answers under it; one marked 已解决 in grey.
 */
final class CommentCell extends ListCell<CommentRow> {

    static final String DONE_CLASS = "sd-comment-done";
    /** The quoted text is for finding the place; the editor shows it whole. */
    private static final int QUOTED = 24;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    CommentCell() {
        setPrefWidth(0); // never wider than the list: the labels wrap instead
    }

    @Override
    protected void updateItem(CommentRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove(DONE_CLASS);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        DraftComment c = row.comment();
        VBox box = new VBox(2, label(head(c.author(), c.date(), c.done()), "sd-comment-head"),
                label(UiText.get("comment.quoted", Excerpt.of(row.range().text(), QUOTED)), "sd-comment-quote"),
                label(c.text(), "sd-comment-text"));
        for (DraftComment.Reply reply : c.replies()) {
            box.getChildren().add(label(UiText.get("comment.reply.line", name(reply.author()), reply.text()),
                    "sd-comment-reply"));
        }
        setGraphic(box);
        if (c.done()) {
            getStyleClass().add(DONE_CLASS);
        }
    }

    /** "张局长 · 12月1日 10:20", with "· 已解决" for a done one. */
    static String head(String author, Instant date, boolean done) {
        String when = date == null ? "" : UiText.get("comment.head.date", WHEN.format(date.atZone(ZoneId.systemDefault())));
        return name(author) + when + (done ? UiText.get("comment.head.done") : "");
    }

    private static String name(String author) {
        return author.isBlank() ? UiText.get("comment.anonymous") : author;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
