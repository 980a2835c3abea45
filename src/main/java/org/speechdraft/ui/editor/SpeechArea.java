package org.speechdraft.ui.editor;

import java.util.List;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.SuspendableYes;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.text.PastedText;

/**
 * The speech editor: a RichTextFX area whose paragraph style is the 公文 level and whose text style
 * is bold/highlight. All CSS decisions are made in the two style lambdas (via {@link LevelStyles}).
 */
public class SpeechArea extends StyledTextArea<ParagraphLevel, TextStyle> {

    /** How long the text stays unchanged before {@link #typingPauses()} tells. */
    public static final java.time.Duration TYPING_PAUSE = java.time.Duration.ofMillis(250);

    /** While an input method composes, its interim text is in the area but not in the undo history. */
    private final SuspendableYes composing = new SuspendableYes();
    private java.util.function.Consumer<Pasted> onTextPasted = pasted -> { };
    private final LastPassMemo<Paragraph<ParagraphLevel, String, TextStyle>, DraftParagraph> draftParagraphs =
            new LastPassMemo<>(AreaDocuments::toParagraph);
    private final TypingPause typingPause = new TypingPause(multiRichChanges(), TYPING_PAUSE);

    public SpeechArea() {
        super(ParagraphLevel.BODY, LevelStyles::applyLevel, TextStyle.EMPTY, LevelStyles::applyTextStyle);
        getStyleClass().add("sd-editor");
        setWrapText(true);
        setUseInitialStyleForInsertion(false);
        setUndoManager(UndoUtils.richTextSuspendableUndoManager(this, composing));
        new ImeComposer(this, composing).install();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        LayoutBeforeCss.install(this);
    }

    /** The text as the core's paragraphs (unchanged paragraphs are not converted again). */
    public List<DraftParagraph> draftParagraphs() {
        return draftParagraphs.map(getParagraphs());
    }

    /** Emits when the text has not changed for {@link #TYPING_PAUSE} after a change. */
    public org.reactfx.EventStream<Void> typingPauses() {
        return typingPause.pauses();
    }

    public ParagraphLevel levelAtCaret() {
        return getParagraph(getCurrentParagraph()).getParagraphStyle();
    }

    /** Sets the level of every paragraph the selection touches, as one undo step. */
    public void setLevelOfSelection(ParagraphLevel level) {
        IndexRange sel = getSelection();
        int first = offsetToPosition(sel.getStart(), Bias.Forward).getMajor();
        int last = offsetToPosition(sel.getEnd(), Bias.Backward).getMajor();
        boolean anyChange = false;
        for (int p = first; p <= last; p++) {
            anyChange |= getParagraph(p).getParagraphStyle() != level;
        }
        if (!anyChange) {
            return;
        }
        int start = getAbsolutePosition(first, 0);
        int end = getAbsolutePosition(last, getParagraphLength(last));
        StyledDocument<ParagraphLevel, String, TextStyle> doc = subDocument(start, end);
        var restyled = AreaDocuments.withLevel(doc, level);
        int anchor = getAnchor();
        int caret = getCaretPosition();
        replace(start, end, restyled);
        selectRange(anchor, caret);
        getUndoManager().preventMerge();
    }

    /** Toggles bold (or highlight) over the selection as one undo step. */
    public void toggleBold() {
        toggleTextStyle(TextStyle::bold, TextStyle::withBold);
    }

    public void toggleHighlight() {
        toggleTextStyle(TextStyle::highlight, TextStyle::withHighlight);
    }

    private void toggleTextStyle(java.util.function.Predicate<TextStyle> has,
                                 java.util.function.BiFunction<TextStyle, Boolean, TextStyle> with) {
        IndexRange sel = getSelection();
        if (sel.getLength() == 0) {
            return;
        }
        boolean allHave = getStyleSpans(sel).styleStream().allMatch(has);
        var spans = getStyleSpans(sel).mapStyles(s -> with.apply(s, !allHave));
        setStyleSpans(sel.getStart(), spans);
        getUndoManager().preventMerge();
    }

    /**
     * Makes the document equal to {@code target} by replacing only the paragraphs that differ, as
     * one change (one undo step). Used by outline moves, which rewrite a section and its numbering.
     * The caret goes to the start of paragraph {@code caretParagraph} of the new document.
     */
    public void replaceParagraphs(List<DraftParagraph> target, int caretParagraph) {
        List<DraftParagraph> current = draftParagraphs();
        int first = 0;
        int max = Math.min(current.size(), target.size());
        while (first < max && current.get(first).equals(target.get(first))) {
            first++;
        }
        int endCurrent = current.size();
        int endTarget = target.size();
        while (endCurrent > first && endTarget > first
                && current.get(endCurrent - 1).equals(target.get(endTarget - 1))) {
            endCurrent--;
            endTarget--;
        }
        if (first == endCurrent && first == endTarget) {
            return;
        }
        // Replace whole paragraphs [first, endCurrent) by target's [first, endTarget); when one side is
        // empty, widen by one neighbour so paragraph breaks stay right.
        int from = first;
        int toCurrent = endCurrent;
        int toTarget = endTarget;
        if (from == toCurrent || from == toTarget) {
            if (from > 0) {
                from--;
            } else {
                toCurrent++;
                toTarget++;
            }
        }
        int start = getAbsolutePosition(from, 0);
        int end = getAbsolutePosition(toCurrent - 1, getParagraphLength(toCurrent - 1));
        getUndoManager().preventMerge();
        replace(start, end, AreaDocuments.toDocument(target.subList(from, toTarget)));
        getUndoManager().preventMerge();
        int caretPar = Math.max(0, Math.min(caretParagraph, getParagraphs().size() - 1));
        moveTo(caretPar, 0);
        requestFollowCaret();
    }

    /** Pasted text from Word or a web page arrives as clean paragraphs, in one undo step. */
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) {
            super.paste();
            return;
        }
        String text = clipboard.getString();
        List<String> paragraphs = PastedText.paragraphs(text);
        if (paragraphs.isEmpty()) {
            return;
        }
        int start = getSelection().getStart();
        insertParagraphs(paragraphs);
        onTextPasted.accept(new Pasted(text, start, getCaretPosition()));
    }

    /**
     * A paste of text, just done.
     *
     * @param clipboardText the text as it was on the clipboard, before the paste cleaned it
     * @param start         where the pasted paragraphs begin in the text
     * @param end           where they end
     */
    public record Pasted(String clipboardText, int start, int end) {
    }

    /** Told after each paste of text (e.g. to offer cleaning web or PDF noise out of it). */
    public void setOnTextPasted(java.util.function.Consumer<Pasted> listener) {
        onTextPasted = listener == null ? pasted -> { } : listener;
    }

    /** Replaces the selection with the given paragraphs; new paragraphs after the first are 正文. */
    public void insertParagraphs(List<String> paragraphs) {
        ParagraphLevel here = levelAtCaret();
        TextStyle style = getStyleAtPosition(getSelection().getStart());
        var doc = AreaDocuments.plainParagraphs(paragraphs, here, ParagraphLevel.BODY, style);
        replaceSelection(doc);
        requestFollowCaret();
        getUndoManager().preventMerge();
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && isEditable()) {
            splitParagraph();
            e.consume();
        }
    }

    /**
     * Enter after a heading, title or salutation continues with 正文, as Word's "next style" does;
     * inside body text the new paragraph keeps the level.
     */
    private void splitParagraph() {
        Paragraph<ParagraphLevel, String, TextStyle> par = getParagraph(getCurrentParagraph());
        ParagraphLevel level = par.getParagraphStyle();
        boolean atEnd = getCaretColumn() == par.length() && getSelection().getLength() == 0;
        ParagraphLevel next = atEnd ? AreaDocuments.levelAfter(level) : level;
        TextStyle style = getStyleAtPosition(getCaretPosition());
        replaceSelection(AreaDocuments.plainParagraphs(List.of("", ""), level, next, style));
        requestFollowCaret();
    }
}
