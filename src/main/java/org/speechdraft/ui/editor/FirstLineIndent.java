package org.speechdraft.ui.editor;

import java.util.Optional;
import org.fxmisc.richtext.model.SegmentOps;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/**
 * The two characters the first line of a 公文 paragraph starts in (正文, 一级…四级标题, 结束语), as
 * Word shows 公文 text; its further lines start at the margin.
 *
 * <p>Why a piece of the editor's document: JavaFX's TextFlow has no first-line indent
 * (JDK-8091174), and RichTextFX draws the caret and selection and hit-tests clicks by asking the
 * paragraph's TextFlow, which counts every node that is not text as one position. A spacer node
 * that is not in the document therefore puts everything after it one position off, and RichTextFX
 * builds that TextFlow itself. So the indent is a segment one position long, shown as an empty box
 * ({@code .sd-first-line-indent} in editor.css). The draft never holds it ({@link AreaDocuments}
 * leaves it out); {@link SpeechArea} keeps edits, caret and selection off it.
 */
public enum FirstLineIndent {
    /** The indent: one position in the editor's document. */
    SPACE,
    /** What is left of it when RichTextFX cuts a document between the indent and the text. */
    NONE;

    /** How the indent reads in the editor's plain text (RichTextFX needs one character per position). */
    static final char CHARACTER = '\uFFFC';

    /** Whether paragraphs of this level start two characters in. */
    static boolean belongsTo(ParagraphLevel level) {
        return switch (level) {
            case BODY, CLOSING, HEADING_1, HEADING_2, HEADING_3, HEADING_4 -> true;
            default -> false;
        };
    }

    int length() {
        return this == SPACE ? 1 : 0;
    }

    /** The segment operations RichTextFX needs: the indent never merges with anything. */
    static final class Ops implements SegmentOps<FirstLineIndent, TextStyle> {

        @Override
        public int length(FirstLineIndent seg) {
            return seg.length();
        }

        @Override
        public char charAt(FirstLineIndent seg, int index) {
            return CHARACTER;
        }

        @Override
        public String getText(FirstLineIndent seg) {
            return seg == SPACE ? String.valueOf(CHARACTER) : "";
        }

        @Override
        public FirstLineIndent subSequence(FirstLineIndent seg, int start, int end) {
            return start < end ? seg : NONE;
        }

        @Override
        public FirstLineIndent subSequence(FirstLineIndent seg, int start) {
            return subSequence(seg, start, seg.length());
        }

        @Override
        public Optional<FirstLineIndent> joinSeg(FirstLineIndent left, FirstLineIndent right) {
            if (left == NONE) {
                return Optional.of(right);
            }
            return right == NONE ? Optional.of(left) : Optional.empty();
        }

        @Override
        public FirstLineIndent createEmptySeg() {
            return NONE;
        }
    }
}
