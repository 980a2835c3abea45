package org.speechdraft.core.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/**
 * The paragraphs of one version of a Word document as it is read — the text as it was before the
 * 修订, or as it is after them — with each paragraph's layout. A comment or revision that has no
 * text of its own in this version (a comment on text only the other version has, a deletion) is
 * anchored to the character next to where it was: the next one written, or the last one when the
 * paragraph or document ends first.
 */
final class VersionText {

    private final List<DraftParagraph> paragraphs = new ArrayList<>();
    private final List<ParagraphLayout> layouts = new ArrayList<>();
    private List<StyledRun> runs = new ArrayList<>();
    private final Set<String> pendingComments = new HashSet<>();
    private final Set<String> pendingRevisions = new HashSet<>();
    private final Set<String> commentsWithText = new HashSet<>();
    /** The paragraph being built began with the Word paragraph being read (not inside an earlier one). */
    private boolean beganWithWordParagraph = true;

    /** The index the paragraph being built will have. */
    int index() {
        return paragraphs.size();
    }

    void append(String text, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        commentsWithText.addAll(style.comments());
        if (pendingComments.isEmpty() && pendingRevisions.isEmpty()) {
            runs.add(new StyledRun(text, style));
            return;
        }
        int first = text.offsetByCodePoints(0, 1);
        runs.add(new StyledRun(text.substring(0, first), anchored(style)));
        runs.add(new StyledRun(text.substring(first), style));
    }

    /** Comment {@code id} has been on text of this version already. */
    boolean hasText(String commentId) {
        return commentsWithText.contains(commentId);
    }

    /** Comment {@code id} lies on the character next to here in this version: it has none of its own. */
    void anchorComment(String id) {
        commentsWithText.add(id);
        if (runs.isEmpty()) {
            pendingComments.add(id);
        } else {
            runs = markLast(runs, style -> style.withComment(id));
        }
    }

    /** Revision {@code id} (a deletion) was here: the next character carries it. */
    void anchorRevision(String id) {
        pendingRevisions.add(id);
    }

    /** Whether the text of the paragraph being built is empty so far. */
    boolean paragraphEmpty() {
        return runs.isEmpty();
    }

    /** The text of the paragraph being built so far. */
    String paragraphText() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    boolean beganWithWordParagraph() {
        return beganWithWordParagraph;
    }

    /** Puts {@code marker} (Word's automatic number) before the paragraph's text. */
    void prependMarker(String marker) {
        runs.add(0, StyledRun.plain(marker));
    }

    /**
     * Ends the paragraph being built.
     *
     * @param atWordParagraphEnd the Word paragraph ends here too (not a line break inside it)
     */
    void endParagraph(ParagraphLevel level, ParagraphLayout layout, boolean atWordParagraphEnd) {
        anchorToLastIfAny();
        paragraphs.add(new DraftParagraph(level, runs));
        layouts.add(layout);
        runs = new ArrayList<>();
        beganWithWordParagraph = atWordParagraphEnd;
    }

    /** The Word paragraph ended without ending this version's paragraph (its mark is only in the other version). */
    void continueIntoNextWordParagraph() {
        beganWithWordParagraph = false;
    }

    /** The paragraphs read; text left after the last paragraph (a document cut short) is one more. */
    List<DraftParagraph> paragraphs() {
        if (!runs.isEmpty()) {
            endParagraph(ParagraphLevel.BODY, ParagraphLayout.PLAIN, true);
        }
        finishPending();
        return paragraphs;
    }

    List<ParagraphLayout> layouts() {
        return layouts;
    }

    /** Anchors still waiting at the end of the document go on its last character. */
    private void finishPending() {
        if (pendingComments.isEmpty() && pendingRevisions.isEmpty()) {
            return;
        }
        if (!runs.isEmpty()) {
            anchorToLastIfAny();
            return;
        }
        for (int p = paragraphs.size() - 1; p >= 0; p--) {
            DraftParagraph last = paragraphs.get(p);
            if (!last.runs().isEmpty()) {
                paragraphs.set(p, new DraftParagraph(last.level(), markLast(last.runs(), this::anchored)));
                return;
            }
        }
        pendingComments.clear();
        pendingRevisions.clear();
    }

    /** Pending anchors go on the last character of the paragraph being built, if it has one. */
    private void anchorToLastIfAny() {
        if (!runs.isEmpty() && !(pendingComments.isEmpty() && pendingRevisions.isEmpty())) {
            runs = markLast(runs, this::anchored);
        }
    }

    /** {@code style} with the pending anchors, which are then placed. */
    private TextStyle anchored(TextStyle style) {
        TextStyle marked = style;
        for (String id : pendingComments) {
            marked = marked.withComment(id);
        }
        for (String id : pendingRevisions) {
            marked = marked.withRevision(id);
        }
        pendingComments.clear();
        pendingRevisions.clear();
        return marked;
    }

    private static List<StyledRun> markLast(List<StyledRun> runs, UnaryOperator<TextStyle> mark) {
        List<StyledRun> out = new ArrayList<>(runs);
        StyledRun last = out.remove(out.size() - 1);
        int cut = last.text().offsetByCodePoints(last.text().length(), -1);
        out.add(new StyledRun(last.text().substring(0, cut), last.style()));
        out.add(new StyledRun(last.text().substring(cut), mark.apply(last.style())));
        return out;
    }
}
