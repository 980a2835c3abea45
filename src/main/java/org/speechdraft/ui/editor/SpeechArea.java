package org.speechdraft.ui.editor;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.GenericEditableStyledDocument;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.SuspendableYes;
import org.reactfx.util.Either;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.text.PastedText;

/**
 * The speech editor: a RichTextFX area whose paragraph style is the 公文 level and whose text style
 * is bold/highlight. All CSS decisions are made in the two style lambdas (via {@link LevelStyles}).
 *
 * <p>Paragraphs of the indented levels start with a {@link FirstLineIndent}, one position of the
 * editor's document that the draft does not have. The window's code that goes from the draft's
 * paragraphs and columns (find, placeholders, checks, comments, outline) to the editor and back
 * does so through {@link #editorPosition}, {@link #textLength} and {@link #plainText()}; edits are
 * fitted to the indents in {@link #replace(int, int, StyledDocument)}, the caret is kept after them
 * by {@link CaretAfterIndent}.
 */
public class SpeechArea extends GenericStyledArea<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> {

    /** How long the text stays unchanged before {@link #typingPauses()} tells. */
    public static final java.time.Duration TYPING_PAUSE = java.time.Duration.ofMillis(250);

    /** While an input method composes, its interim text is in the area but not in the undo history. */
    private final SuspendableYes composing = new SuspendableYes();
    private java.util.function.Consumer<Pasted> onTextPasted = pasted -> { };
    private final LastPassMemo<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>, DraftParagraph>
            draftParagraphs = new LastPassMemo<>(AreaDocuments::toParagraph);
    private final TypingPause typingPause = new TypingPause(multiRichChanges(), TYPING_PAUSE);

    public SpeechArea() {
        super(ParagraphLevel.BODY, LevelStyles::applyLevel, TextStyle.EMPTY, new GenericEditableStyledDocument<>(
                        AreaDocuments.toDocument(List.of(DraftParagraph.of(ParagraphLevel.BODY, "")))),
                SpeechSegments.OPS, true, SpeechSegments::node);
        getStyleClass().add("sd-editor");
        setWrapText(true);
        setUseInitialStyleForInsertion(false);
        setUndoManager(UndoUtils.richTextSuspendableUndoManager(this, composing));
        new ImeComposer(this, composing).install();
        CaretAfterIndent.install(this);
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
        var restyled = AreaDocuments.withLevel(subDocument(start, end), level);
        // The same text stays selected; indents come and go with the levels, so kept in the text's columns.
        TextPlace anchor = textPlace(getAnchor());
        TextPlace caret = textPlace(getCaretPosition());
        replace(start, end, restyled);
        selectRange(editorPosition(anchor.paragraph(), anchor.column()), editorPosition(caret.paragraph(), caret.column()));
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
        moveTo(editorPosition(caretPar, 0));
        requestFollowCaret();
    }

    /** Every edit, the user's and the program's, keeps each paragraph's indent as its level wants ({@link IndentedEdit}). */
    @Override
    public void replace(int start, int end,
                        StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> replacement) {
        var fitted = IndentedEdit.fit(getDocument(), start, end, replacement);
        super.replace(fitted.getStart(), fitted.getEnd(), fitted.getDocument());
    }

    /** A restyle from a paragraph's text start restyles its indent too, which styles what is typed there. */
    @Override
    public void setStyleSpans(int from, StyleSpans<? extends TextStyle> styleSpans) {
        var at = offsetToPosition(from, Bias.Forward);
        if (at.getMinor() == 1 && styleSpans.length() > 0
                && SpeechSegments.indentLength(getParagraph(at.getMajor())) == 1) {
            var spans = new StyleSpansBuilder<TextStyle>(styleSpans.getSpanCount() + 1);
            spans.add(styleSpans.getStyleSpan(0).getStyle(), 1);
            styleSpans.forEach(span -> spans.add(span.getStyle(), span.getLength()));
            super.setStyleSpans(from - 1, spans.create());
        } else {
            super.setStyleSpans(from, styleSpans);
        }
    }

    /** The selected text as the draft has it: without indents (also what copy puts on the clipboard). */
    @Override
    public String getSelectedText() {
        return AreaDocuments.toParagraphs(subDocument(getSelection())).stream()
                .map(DraftParagraph::text).collect(Collectors.joining("\n"));
    }

    /** Where column {@code column} of the draft's paragraph {@code paragraph} is in the editor. */
    public int editorPosition(int paragraph, int column) {
        return getAbsolutePosition(paragraph, column + SpeechSegments.indentLength(getParagraph(paragraph)));
    }

    private record TextPlace(int paragraph, int column) {
    }

    /** Paragraph and column in the draft's text of an editor position; before an indent is the text's start. */
    private TextPlace textPlace(int editorPosition) {
        var at = offsetToPosition(editorPosition, Bias.Forward);
        int indent = SpeechSegments.indentLength(getParagraph(at.getMajor()));
        return new TextPlace(at.getMajor(), Math.max(0, at.getMinor() - indent));
    }

    /** The caret's column in the draft's text of its paragraph (the indent not counted). */
    public int caretTextColumn() {
        return textPlace(getCaretPosition()).column();
    }

    /** The length of the draft's text of a paragraph (without its indent). */
    public int textLength(int paragraph) {
        return getParagraphLength(paragraph) - SpeechSegments.indentLength(getParagraph(paragraph));
    }

    /** The text as the draft has it, with the way between its offsets and the editor's positions. */
    public PlainText plainText() {
        return PlainText.of(getParagraphs());
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
        var par = getParagraph(getCurrentParagraph());
        ParagraphLevel level = par.getParagraphStyle();
        boolean atEnd = getCaretColumn() == par.length() && getSelection().getLength() == 0;
        ParagraphLevel next = atEnd ? AreaDocuments.levelAfter(level) : level;
        TextStyle style = getStyleAtPosition(getCaretPosition());
        replaceSelection(AreaDocuments.plainParagraphs(List.of("", ""), level, next, style));
        requestFollowCaret();
    }
}
