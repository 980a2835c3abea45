package org.speechdraft.core.export;

import java.util.List;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * word/document.xml: the laid-out paragraphs, each in its level's style, cut into runs where the
 * draft's bold and highlight change, around unfilled placeholders (highlighted, in the placeholder
 * style) and where body text runs on after a heading; the comments' ranges marked around their
 * runs; in a 修订稿 the tracked changes, each signed; then the section. Heading markers stay text,
 * not Word numbering.
 */
final class DocumentPart {

    private DocumentPart() {
    }

    /**
     * @param grid     the document grid, null for none
     * @param footers  the footers, already added to the package
     * @param comments the comments, whose ranges are marked around the runs they are about
     */
    static byte[] write(List<DocxParagraph> paragraphs, ExportPreset preset, GridGeometry grid,
                        List<PageSection.FooterReference> footers, CommentThreads comments, Authorship by) {
        XmlPart xml = XmlPart.root("w:document", OoxmlNamespace.W, OoxmlNamespace.R).start("w:body");
        TrackedChanges changes = new TrackedChanges(by, comments.comments().size());
        int run = 0;
        for (DocxParagraph paragraph : paragraphs) {
            writeParagraph(xml, paragraph, preset, comments, run, changes);
            run += paragraph.segments().size();
        }
        PageSection.write(xml, preset, grid, footers);
        return xml.end().finish();
    }

    /** @param firstRun the number of the paragraph's first run, counted through the document */
    private static void writeParagraph(XmlPart xml, DocxParagraph paragraph, ExportPreset preset,
                                       CommentThreads comments, int firstRun, TrackedChanges changes) {
        xml.start("w:p");
        ParagraphLook look = ParagraphLook.styled(StylesPart.styleId(paragraph.level()));
        if (paragraph.runIn()) {
            // a heading with its section's text in the same paragraph is not kept with the next one
            look = look.withKeepNext(false);
        }
        look.writeTo(xml, paragraph.revised() ? x -> writeRevisionMarks(x, paragraph, changes) : null);
        ParagraphFormat format = preset.format(paragraph.level());
        ParagraphFormat body = preset.format(ParagraphLevel.BODY);
        int run = firstRun;
        for (Segment segment : paragraph.segments()) {
            for (WordComment comment : comments.startingBefore(run)) {
                xml.empty("w:commentRangeStart").attribute("w:id", comment.id());
            }
            RunLook font = segment.runIn() ? runInLook(format, body) : RunLook.fontOnly(format.font());
            if (segment.style().bold()) {
                font = font.withBold(true);
            }
            if (segment.placeholder()) {
                font = font.withCharacterStyle(StylesPart.PLACEHOLDER);
            }
            if (segment.tracked() != Tracked.NONE) {
                changes.start(xml, segment.tracked().element());
            }
            xml.start("w:r");
            font.withHighlight(segment.highlighted()).writeTo(xml, false);
            if (segment.lineBreakBefore()) {
                xml.empty("w:br");
            }
            writeText(xml, segment.tracked().textElement(), segment.text());
            xml.end();
            if (segment.tracked() != Tracked.NONE) {
                xml.end();
            }
            for (WordComment comment : comments.endingAfter(run)) {
                xml.empty("w:commentRangeEnd").attribute("w:id", comment.id());
                xml.start("w:r");
                StylesPart.COMMENT_REFERENCE_LOOK.writeTo(xml, false);
                xml.empty("w:commentReference").attribute("w:id", comment.id()).end();
            }
            run++;
        }
        xml.end();
    }

    /** Body text run into a heading paragraph: the body's face, size and weight. */
    private static RunLook runInLook(ParagraphFormat heading, ParagraphFormat body) {
        return new RunLook(body.font(), heading.sizePt() == body.sizePt() ? null : body.sizePt(),
                heading.bold() == body.bold() ? null : body.bold(), 0, false, null);
    }

    /**
     * A new paragraph's mark inserted, a deleted one's mark deleted (accepting the deletion joins
     * its empty remains to the next paragraph: it is gone), a changed level as the former style.
     */
    private static void writeRevisionMarks(XmlPart xml, DocxParagraph paragraph, TrackedChanges changes) {
        if (paragraph.mark() != Tracked.NONE) {
            xml.start("w:rPr");
            changes.empty(xml, paragraph.mark().element());
            xml.end();
        }
        if (paragraph.formerLevel() != null) {
            changes.start(xml, "w:pPrChange").start("w:pPr");
            ParagraphLook.styled(StylesPart.styleId(paragraph.formerLevel())).writeProperties(xml);
            xml.end().end();
        }
    }

    static void writeText(XmlPart xml, String text) {
        writeText(xml, "w:t", text);
    }

    /**
     * Text in {@code element} (w:t, or w:delText for deleted text). Word drops the spaces at
     * either end of a text and may merge inner ones, unless told to keep them.
     */
    private static void writeText(XmlPart xml, String element, String text) {
        xml.start(element);
        if (text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0) {
            xml.attribute("xml:space", "preserve");
        }
        xml.text(text).end();
    }
}
