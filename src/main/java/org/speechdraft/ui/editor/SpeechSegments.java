package org.speechdraft.ui.editor;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.reactfx.util.Either;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

/** The pieces of the editor's paragraphs: text, or the {@link FirstLineIndent} they start with. */
final class SpeechSegments {

    static final TextOps<Either<String, FirstLineIndent>, TextStyle> OPS =
            TextOps.eitherL(SegmentOps.styledTextOps(), new FirstLineIndent.Ops(), (a, b) -> Optional.empty());

    static final Either<String, FirstLineIndent> INDENT = Either.right(FirstLineIndent.SPACE);

    static final String INDENT_CLASS = "sd-first-line-indent";

    private SpeechSegments() {
    }

    /** The node RichTextFX shows for a segment: styled text, or an empty box as wide as the indent. */
    static Node node(StyledSegment<Either<String, FirstLineIndent>, TextStyle> seg) {
        return seg.getSegment().unify(
                text -> StyledTextArea.createStyledTextNode(text, seg.getStyle(), LevelStyles::applyTextStyle),
                indent -> {
                    Region box = new Region();
                    box.getStyleClass().add(INDENT_CLASS);
                    return box;
                });
    }

    /** 1 if the paragraph starts with its indent, else 0. */
    static int indentLength(Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> par) {
        List<Either<String, FirstLineIndent>> segs = par.getSegments();
        return segs.get(0).isRight() ? segs.get(0).getRight().length() : 0;
    }

    /** The same paragraph without an indent. */
    static Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> withoutIndent(
            Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> par) {
        return indentLength(par) == 0 ? par : par.subSequence(1);
    }

    /** The same paragraph, which must have no indent, with one before it at {@code level} (the level it is then). */
    static Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> withIndent(
            Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> par, ParagraphLevel level,
            TextStyle style) {
        return new Paragraph<>(level, OPS, INDENT, style).concat(par);
    }
}
