package org.speechdraft.core.export;

/**
 * Signs the tracked changes of a 修订稿 as Word does: each with a w:id of its own (after the
 * comments', which share the numbering of annotations), the reviser's name and the time.
 */
final class TrackedChanges {

    private final Authorship by;
    private int nextId;

    TrackedChanges(Authorship by, int firstId) {
        this.by = by;
        this.nextId = firstId;
    }

    /** Opens {@code element} (w:ins, w:del, w:pPrChange) as a change of its own; the caller closes it. */
    XmlPart start(XmlPart xml, String element) {
        return sign(xml.start(element));
    }

    /** {@code element} without content: a paragraph mark's w:ins or w:del. */
    XmlPart empty(XmlPart xml, String element) {
        return sign(xml.empty(element));
    }

    private XmlPart sign(XmlPart xml) {
        return xml.attribute("w:id", nextId++).attribute("w:author", by.author())
                .attribute("w:date", OoxmlDates.wallClock(by.when()));
    }
}
