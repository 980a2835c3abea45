package org.speechdraft.ui.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.IndexRange;
import org.speechdraft.core.model.CommentRanges;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The 批注 of the draft in the window: those on the text, in text order, kept up to date as the text
 * changes; adding one to the selected text, answering, marking it 已解决 and deleting it. A comment's
 * range is its id on the text, so adding or deleting one is a change of the text's styles — one
 * undo step, and undo brings a deleted comment back; what it says lives with the draft.
 */
public final class CommentModel {

    private final SpeechArea area;
    private final ObjectProperty<List<DraftComment>> comments;
    private final Supplier<String> author;
    private final ObservableList<CommentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<CommentRow> atCaret = new ReadOnlyObjectWrapper<>();
    private final CommentMarks marks;

    /**
     * @param comments the draft's comments (the session's), which this model edits
     * @param author   the user's name, for comments and answers they write
     */
    public CommentModel(SpeechArea area, ObjectProperty<List<DraftComment>> comments, Supplier<String> author) {
        this.area = area;
        this.comments = comments;
        this.author = author;
        this.marks = new CommentMarks(area);
        comments.addListener((obs, o, n) -> refresh());
        // A draft without comments costs nothing here while typing.
        area.typingPauses().filter(pause -> !comments.get().isEmpty() || !rows.isEmpty()).subscribe(pause -> refresh());
        area.caretPositionProperty().addListener((obs, o, n) -> followCaret());
        refresh();
    }

    /** The comments on the text, in the order they start. */
    public ObservableList<CommentRow> rows() {
        return rows;
    }

    /** How many of them are not done yet. */
    public ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The comment whose text holds the caret, or null. */
    public ReadOnlyObjectProperty<CommentRow> atCaretProperty() {
        return atCaret.getReadOnlyProperty();
    }

    /** Selects the comment's text in the editor and shows it. */
    public void reveal(CommentRow row) {
        var range = row.range();
        int start = area.editorPosition(range.startParagraph(), range.startColumn());
        int end = area.editorPosition(range.endParagraph(), range.endColumn());
        if (area.getSelection().getStart() != start || area.getSelection().getEnd() != end) {
            area.selectRange(start, end);
            area.requestFollowCaret();
        }
    }

    /** Whether there is selected text to comment on. */
    public boolean canAdd() {
        return area.getSelection().getLength() > 0;
    }

    /** A comment of the user's on the selected text: one undo step. */
    public void add(String text) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0 || text.isBlank()) {
            return;
        }
        String id = freeId();
        List<DraftComment> all = new ArrayList<>(comments.get());
        all.add(new DraftComment(id, author.get(), Instant.now(), text.strip(), false, List.of()));
        comments.set(all);
        restyle(selection, style -> style.withComment(id));
        refresh();
    }

    public void reply(CommentRow row, String text) {
        if (text.isBlank()) {
            return;
        }
        DraftComment c = row.comment();
        List<DraftComment.Reply> replies = new ArrayList<>(c.replies());
        replies.add(new DraftComment.Reply(author.get(), Instant.now(), text.strip()));
        replace(new DraftComment(c.id(), c.author(), c.date(), c.text(), c.done(), replies));
    }

    /** 已解决 (or open again): kept with the draft, no longer shaded in the text nor exported. */
    public void setDone(CommentRow row, boolean done) {
        replace(row.comment().withDone(done));
    }

    /** Takes the comment off its text: one undo step, which brings it back. */
    public void delete(CommentRow row) {
        var range = row.range();
        int start = area.editorPosition(range.startParagraph(), range.startColumn());
        int end = area.editorPosition(range.endParagraph(), range.endColumn());
        String id = row.comment().id();
        restyle(new IndexRange(start, end), style -> style.withoutComment(id));
        refresh();
    }

    /** Looks for the comments on the text again (after an edit, an undo, a new draft). */
    public void refresh() {
        Map<String, DraftComment> byId = comments.get().stream()
                .collect(Collectors.toMap(DraftComment::id, Function.identity(), (a, b) -> a));
        List<CommentRow> found = new ArrayList<>();
        if (!byId.isEmpty()) {
            for (CommentRanges.Range range : CommentRanges.of(area.draftParagraphs())) {
                DraftComment comment = byId.get(range.id());
                if (comment != null) {
                    found.add(new CommentRow(comment, range));
                }
            }
        }
        if (!found.equals(rows)) {
            rows.setAll(found);
            marks.show(found);
        }
        open.set((int) found.stream().filter(r -> !r.comment().done()).count());
        followCaret();
    }

    private void replace(DraftComment changed) {
        comments.set(comments.get().stream().map(c -> c.id().equals(changed.id()) ? changed : c).toList());
    }

    /** The styles over {@code range} changed by {@code change}, as one undo step. */
    private void restyle(IndexRange range, java.util.function.UnaryOperator<TextStyle> change) {
        area.setStyleSpans(range.getStart(), area.getStyleSpans(range).mapStyles(change));
        area.getUndoManager().preventMerge();
    }

    private String freeId() {
        Set<String> taken = new HashSet<>();
        comments.get().forEach(c -> taken.add(c.id()));
        int n = taken.size() + 1;
        while (taken.contains("c" + n)) {
            n++;
        }
        return "c" + n;
    }

    private void followCaret() {
        if (rows.isEmpty()) {
            atCaret.set(null); // a draft without comments: nothing to look up at every caret move
            return;
        }
        int caret = area.getCaretPosition();
        Set<String> here = caret > 0 ? area.getStyleAtPosition(caret).comments() : Set.of();
        CommentRow row = rows.stream().filter(r -> here.contains(r.comment().id())).findFirst().orElse(null);
        atCaret.set(row);
    }
}
