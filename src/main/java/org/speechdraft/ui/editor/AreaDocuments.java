package org.speechdraft.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.reactfx.util.Either;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/**
 * Converts between the core's paragraphs and RichTextFX documents of the speech editor. The
 * editor's paragraphs of indented levels start with their {@link FirstLineIndent}; the core's never do.
 */
public final class AreaDocuments {

    private AreaDocuments() {
    }

    public static ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> toDocument(
            List<DraftParagraph> paragraphs) {
        var builder = new ReadOnlyStyledDocumentBuilder<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>(
                SpeechSegments.OPS, ParagraphLevel.BODY);
        for (DraftParagraph p : paragraphs) {
            List<StyledSegment<Either<String, FirstLineIndent>, TextStyle>> segs = new ArrayList<>();
            TextStyle first = p.runs().isEmpty() ? TextStyle.EMPTY : p.runs().get(0).style();
            if (FirstLineIndent.belongsTo(p.level())) {
                // Styled as the text after it: typing at the paragraph's start continues that text's style.
                segs.add(new StyledSegment<>(SpeechSegments.INDENT, first));
            }
            for (StyledRun run : p.runs()) {
                segs.add(new StyledSegment<>(Either.left(run.text()), run.style()));
            }
            if (segs.isEmpty()) {
                segs.add(new StyledSegment<>(Either.left(""), TextStyle.EMPTY));
            }
            builder.addParagraph(segs, p.level());
        }
        return builder.build();
    }

    public static List<DraftParagraph> toParagraphs(
            StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> doc) {
        List<DraftParagraph> out = new ArrayList<>(doc.getParagraphs().size());
        for (Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> par : doc.getParagraphs()) {
            out.add(toParagraph(par));
        }
        return out;
    }

    public static DraftParagraph toParagraph(Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> par) {
        List<StyledRun> runs = new ArrayList<>();
        for (StyledSegment<Either<String, FirstLineIndent>, TextStyle> seg : par.getStyledSegments()) {
            if (seg.getSegment().isLeft()) {
                runs.add(new StyledRun(seg.getSegment().getLeft(), seg.getStyle()));
            }
        }
        return new DraftParagraph(par.getParagraphStyle(), runs);
    }

    /** The same document with every paragraph at {@code level}. */
    static StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> withLevel(
            StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> doc, ParagraphLevel level) {
        List<DraftParagraph> paragraphs = new ArrayList<>();
        for (DraftParagraph p : toParagraphs(doc)) {
            paragraphs.add(p.withLevel(level));
        }
        return toDocument(paragraphs);
    }

    /** Plain paragraphs: the first at {@code firstLevel}, the rest at {@code restLevel}. */
    static StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> plainParagraphs(
            List<String> texts, ParagraphLevel firstLevel, ParagraphLevel restLevel, TextStyle style) {
        List<DraftParagraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(new DraftParagraph(i == 0 ? firstLevel : restLevel,
                    List.of(new StyledRun(texts.get(i), style))));
        }
        return toDocument(paragraphs);
    }

    /** The level a new paragraph takes after pressing Enter at the end of one at {@code level}. */
    static ParagraphLevel levelAfter(ParagraphLevel level) {
        return switch (level) {
            case TITLE -> ParagraphLevel.SUBTITLE;
            case SUBTITLE -> ParagraphLevel.SALUTATION;
            case CLOSING -> ParagraphLevel.CLOSING;
            case SIGNATURE -> ParagraphLevel.SIGNATURE; // the date under the name
            default -> ParagraphLevel.BODY;
        };
    }
}
