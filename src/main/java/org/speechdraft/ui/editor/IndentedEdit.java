package org.speechdraft.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.Replacement;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.reactfx.util.Either;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/**
 * Fits an edit of the editor's document to the {@link FirstLineIndent}s, so that every paragraph
 * starts with an indent exactly when its level wants one, whatever the edit was: typing, joining
 * paragraphs, splitting one, pasting, a level change, undo. The edit stays one change (one undo
 * step) and as small as it was; only what the indents need is added to it:
 * <ul>
 *   <li>an edit from a paragraph's very start (before its indent) replaces the indent too;</li>
 *   <li>removing the break before an indented paragraph removes its indent with it;</li>
 *   <li>a paragraph the edit starts gets an indent if its level wants one;</li>
 *   <li>an indent takes the style of the text after it, so typing at a paragraph's start
 *       continues that text's style (bold, a comment) as it did without indents.</li>
 * </ul>
 * The levels the paragraphs end up with are RichTextFX's, found by making the edit on a copy of the
 * paragraphs it touches; only edits at a paragraph's start or across paragraphs come this far,
 * typing inside a line is passed on as it is.
 */
final class IndentedEdit {

    private IndentedEdit() {
    }

    static Replacement<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> fit(
            StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> text, int start, int end,
            StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> replacement) {
        Position from = text.offsetToPosition(start, Bias.Forward);
        Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> first = text.getParagraph(from.getMajor());
        int firstIndent = SpeechSegments.indentLength(first);
        if (from.getMinor() > firstIndent && end - start <= first.length() - from.getMinor()
                && isPlainLine(replacement)
                || from.getMinor() == 0 && isParagraphEnd(text, end) && isSettled(replacement)) {
            return new Replacement<>(start, end, ReadOnlyStyledDocument.from(replacement));
        }
        if (from.getMinor() == 0 && firstIndent == 1) {
            end = Math.max(end, start + 1);
        }
        Position to = text.offsetToPosition(end, Bias.Forward);
        if (to.getMinor() == 0 && end > start && SpeechSegments.indentLength(text.getParagraph(to.getMajor())) == 1) {
            end++;
        }
        List<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> inserted = new ArrayList<>();
        for (var par : replacement.getParagraphs()) {
            inserted.add(SpeechSegments.withoutIndent(par));
        }
        int base = start - from.getMinor();
        var made = madeParagraphs(text, base, start, end, inserted);
        for (int k = 0; k < inserted.size(); k++) {
            var par = made.getParagraph(k);
            ParagraphLevel level = par.getParagraphStyle();
            boolean startsHere = k > 0 || start == base;
            if (startsHere && FirstLineIndent.belongsTo(level)) {
                inserted.set(k, SpeechSegments.withIndent(inserted.get(k), level, par.getStyleAtPosition(0)));
            } else if (k == 0 && start == base + 1 && firstIndent == 1 && par.length() > 1
                    && !par.getStyleOfChar(1).equals(par.getStyleOfChar(0))) {
                // The paragraph's text now starts differently styled: its indent follows.
                start = base;
                inserted.set(0, SpeechSegments.withIndent(inserted.get(0), level, par.getStyleOfChar(1)));
            }
        }
        return new Replacement<>(start, end, document(inserted));
    }

    /** A replacement of one paragraph without an indent: typed or composed text, a deletion. */
    private static boolean isPlainLine(StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> doc) {
        return doc.getParagraphs().size() == 1 && SpeechSegments.indentLength(doc.getParagraph(0)) == 0;
    }

    private static boolean isParagraphEnd(
            StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> text, int position) {
        Position at = text.offsetToPosition(position, Bias.Forward);
        return at.getMinor() == text.getParagraphLength(at.getMajor());
    }

    /**
     * Whole paragraphs, each with the indent its level wants, the first and the last not empty (an
     * empty one would take the level of what it replaces): what loading a draft, moving a section or
     * changing levels puts in place of whole paragraphs, left as it is.
     */
    private static boolean isSettled(StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> doc) {
        var paragraphs = doc.getParagraphs();
        if (paragraphs.get(0).length() == 0 || paragraphs.get(paragraphs.size() - 1).length() == 0) {
            return false;
        }
        for (var par : paragraphs) {
            if (SpeechSegments.indentLength(par) != (FirstLineIndent.belongsTo(par.getParagraphStyle()) ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    /** The paragraphs the edit makes, as RichTextFX makes them (their levels above all). */
    private static ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> madeParagraphs(
            StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> text, int base, int start,
            int end, List<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> inserted) {
        Position last = text.offsetToPosition(end, Bias.Forward);
        int touchedEnd = end - last.getMinor() + text.getParagraphLength(last.getMajor());
        var touched = ReadOnlyStyledDocument.from(text.subSequence(base, touchedEnd));
        return touched.replace(start - base, end - base, document(inserted))._1;
    }

    private static ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> document(
            List<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> paragraphs) {
        var builder = new ReadOnlyStyledDocumentBuilder<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>(
                SpeechSegments.OPS, ParagraphLevel.BODY);
        for (var par : paragraphs) {
            builder.addParagraph(par.getStyledSegments(), par.getParagraphStyle());
        }
        return builder.build();
    }
}
