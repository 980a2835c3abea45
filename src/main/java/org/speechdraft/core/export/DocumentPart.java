package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.placeholder.Placeholder;

/**
 * word/document.xml: the draft's paragraphs, each in its level's style, cut into runs where the
 * draft's bold and highlight change, around unfilled placeholders (highlighted) and where body
 * text runs on after a heading; then the section. Heading markers stay text, not Word numbering.
 */
final class DocumentPart {

    private DocumentPart() {
    }

    /**
     * @param remaining the placeholders to highlight
     * @param grid      the document grid, null for none
     * @param footers   the footers, already added to the package
     */
    static byte[] write(List<DraftParagraph> paragraphs, ExportPreset preset, List<Placeholder> remaining,
                        GridGeometry grid, List<PageSection.FooterReference> footers) {
        List<List<Placeholder>> byParagraph = byParagraph(remaining, paragraphs.size());
        int[] runInStarts = RunInHeadings.bodyStarts(paragraphs);
        XmlPart xml = XmlPart.root("w:document", OoxmlNamespace.W, OoxmlNamespace.R).start("w:body");
        for (int i = 0; i < paragraphs.size(); i++) {
            writeParagraph(xml, paragraphs.get(i), preset, byParagraph.get(i), runInStarts[i]);
        }
        PageSection.write(xml, preset, grid, footers);
        return xml.end().finish();
    }

    private static void writeParagraph(XmlPart xml, DraftParagraph paragraph, ExportPreset preset,
                                       List<Placeholder> placeholders, int runInStart) {
        xml.start("w:p");
        ParagraphLook look = ParagraphLook.styled(StylesPart.styleId(paragraph.level()));
        if (runInStart >= 0) {
            // a heading with its section's text in the same paragraph is not kept with the next one
            look = look.withKeepNext(false);
        }
        look.writeTo(xml);
        ParagraphFormat format = preset.format(paragraph.level());
        ParagraphFormat body = preset.format(ParagraphLevel.BODY);
        for (Segment segment : Segment.of(paragraph, placeholders, runInStart)) {
            RunLook font = segment.runIn() ? runInLook(format, body) : RunLook.fontOnly(format.font());
            if (segment.bold()) {
                font = font.withBold(true);
            }
            xml.start("w:r");
            font.withHighlight(segment.highlight()).writeTo(xml, false);
            writeText(xml, segment.text());
            xml.end();
        }
        xml.end();
    }

    /** Body text run into a heading paragraph: the body's face, size and weight. */
    private static RunLook runInLook(ParagraphFormat heading, ParagraphFormat body) {
        return new RunLook(body.font(), heading.sizePt() == body.sizePt() ? null : body.sizePt(),
                heading.bold() == body.bold() ? null : body.bold(), 0, false);
    }

    /** Word drops the spaces at either end of a text and may merge inner ones, unless told to keep them. */
    private static void writeText(XmlPart xml, String text) {
        xml.start("w:t");
        if (text.indexOf(' ') >= 0 || text.indexOf('\t') >= 0) {
            xml.attribute("xml:space", "preserve");
        }
        xml.text(text).end();
    }

    private static List<List<Placeholder>> byParagraph(List<Placeholder> placeholders, int paragraphs) {
        List<List<Placeholder>> lists = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            lists.add(new ArrayList<>());
        }
        for (Placeholder p : placeholders) {
            lists.get(p.paragraph()).add(p);
        }
        return lists;
    }
}
