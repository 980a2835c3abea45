package org.speechdraft.core.export;

import java.util.List;

/**
 * word/commentsExtended.xml (Word 2013 and later): which comment a reply answers — by the
 * paragraph ids of their last paragraphs — without which Word lists replies as comments of their
 * own; and that none is done, since done ones are not exported.
 */
final class CommentsExtendedPart {

    private CommentsExtendedPart() {
    }

    static byte[] write(List<WordComment> comments) {
        XmlPart xml = XmlPart.root("w15:commentsEx", OoxmlNamespace.W15);
        for (WordComment comment : comments) {
            xml.empty("w15:commentEx").attribute("w15:paraId", comment.paragraphId());
            if (comment.repliesTo() != null) {
                xml.attribute("w15:paraIdParent", WordComment.paragraphId(comment.repliesTo()));
            }
            xml.attribute("w15:done", "0");
        }
        return xml.finish();
    }
}
