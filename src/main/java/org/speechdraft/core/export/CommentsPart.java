package org.speechdraft.core.export;

import java.util.List;

/**
 * word/comments.xml: each comment's author, date and initials and its text, one paragraph per
 * line, in the comment text style; the first paragraph starts with the annotation reference, as
 * Word writes it (the mark Word shows before the text in the margin).
 */
final class CommentsPart {

    private CommentsPart() {
    }

    static byte[] write(List<WordComment> comments) {
        XmlPart xml = XmlPart.root("w:comments", OoxmlNamespace.W, OoxmlNamespace.W14, OoxmlNamespace.MC)
                .attribute("mc:Ignorable", OoxmlNamespace.W14.prefix());
        for (WordComment comment : comments) {
            xml.start("w:comment").attribute("w:id", comment.id()).attribute("w:author", comment.author());
            if (comment.date() != null) {
                xml.attribute("w:date", OoxmlDates.wallClock(comment.date()));
            }
            xml.attribute("w:initials", comment.initials());
            String[] lines = comment.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                xml.start("w:p");
                if (i == lines.length - 1) {
                    xml.attribute("w14:paraId", comment.paragraphId());
                }
                ParagraphLook.styled(StylesPart.COMMENT_TEXT).writeTo(xml);
                if (i == 0) {
                    xml.start("w:r");
                    StylesPart.COMMENT_REFERENCE_LOOK.writeTo(xml, false);
                    xml.empty("w:annotationRef").end();
                }
                if (!lines[i].isEmpty()) {
                    xml.start("w:r");
                    DocumentPart.writeText(xml, lines[i]);
                    xml.end();
                }
                xml.end();
            }
            xml.end();
        }
        return xml.finish();
    }
}
