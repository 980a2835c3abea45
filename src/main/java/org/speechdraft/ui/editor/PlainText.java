package org.speechdraft.ui.editor;

import java.util.Arrays;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.reactfx.util.Either;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/**
 * The editor's text as the draft has it (paragraphs joined by line breaks, without the
 * {@link FirstLineIndent}s), taken at one moment, with the way between its offsets and the
 * editor's positions: for what searches the text, as find does.
 */
public final class PlainText {

    private final String text;
    /** Where each paragraph starts in {@link #text}. */
    private final int[] textStarts;
    /** Where each paragraph starts in the editor. */
    private final int[] editorStarts;
    private final int[] indents;

    private PlainText(String text, int[] textStarts, int[] editorStarts, int[] indents) {
        this.text = text;
        this.textStarts = textStarts;
        this.editorStarts = editorStarts;
        this.indents = indents;
    }

    static PlainText of(List<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> paragraphs) {
        int n = paragraphs.size();
        int[] textStarts = new int[n];
        int[] editorStarts = new int[n];
        int[] indents = new int[n];
        StringBuilder sb = new StringBuilder();
        int editor = 0;
        for (int p = 0; p < n; p++) {
            var par = paragraphs.get(p);
            if (p > 0) {
                sb.append('\n');
                editor++;
            }
            textStarts[p] = sb.length();
            editorStarts[p] = editor;
            indents[p] = SpeechSegments.indentLength(par);
            sb.append(par.getText(), indents[p], par.length());
            editor += par.length();
        }
        return new PlainText(sb.toString(), textStarts, editorStarts, indents);
    }

    public String text() {
        return text;
    }

    /** The editor position of an offset in {@link #text()}. */
    public int editorPosition(int textOffset) {
        int p = paragraphAt(textStarts, textOffset);
        return editorStarts[p] + indents[p] + textOffset - textStarts[p];
    }

    /** The offset in {@link #text()} of an editor position; the position before an indent is its paragraph's start. */
    public int textOffset(int editorPosition) {
        int p = paragraphAt(editorStarts, editorPosition);
        return textStarts[p] + Math.max(0, editorPosition - editorStarts[p] - indents[p]);
    }

    private static int paragraphAt(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
