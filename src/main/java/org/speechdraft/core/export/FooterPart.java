package org.speechdraft.core.export;

import java.util.List;

/**
 * word/footerN.xml: the page number "— 1 —" as a PAGE field between dashes; on 公文 pages at the
 * right of odd and the left of even pages, each inset one character.
 */
final class FooterPart {

    static final String DASH = "—";
    static final String PAGE_FIELD = " PAGE ";

    /**
     * One footer of the section.
     *
     * @param pages     the pages it is for, as the section's footer reference names them: "default"
     *                  (every page, or the odd ones when even pages have their own) or "even"
     * @param alignment where the number stands
     */
    record Footer(String pages, Alignment alignment) {

        static final String DEFAULT = "default";
        static final String EVEN = "even";
    }

    private FooterPart() {
    }

    /** The footers the page numbers need; none without page numbers. */
    static List<Footer> footers(PageNumbers numbers) {
        return switch (numbers.placement()) {
            case OUTSIDE -> List.of(new Footer(Footer.DEFAULT, Alignment.RIGHT),
                    new Footer(Footer.EVEN, Alignment.LEFT));
            case CENTER -> List.of(new Footer(Footer.DEFAULT, Alignment.CENTER));
            case NONE -> List.of();
        };
    }

    /** Whether even pages have a footer of their own: Word's evenAndOddHeaders setting. */
    static boolean evenPagesDiffer(List<Footer> footers) {
        return footers.stream().anyMatch(footer -> footer.pages().equals(Footer.EVEN));
    }

    /** "— " PAGE " —", inset one character of the number's size from the side it stands at. */
    static byte[] write(PageNumbers numbers, Alignment alignment) {
        int inset = Units.twipsFromPt(numbers.sizePt());
        ParagraphLook look = ParagraphLook.offTheBody(new ParagraphLook.Indent(0, 0,
                alignment == Alignment.LEFT ? inset : 0, alignment == Alignment.RIGHT ? inset : 0), alignment);
        RunLook font = new RunLook(numbers.font(), numbers.sizePt(), false, 0, false, null);
        XmlPart xml = XmlPart.root("w:ftr", OoxmlNamespace.W, OoxmlNamespace.R).start("w:p");
        look.writeTo(xml);
        text(xml, font, DASH + " ");
        field(xml, font, "begin");
        run(xml, font).start("w:instrText").attribute("xml:space", "preserve").text(PAGE_FIELD).end().end();
        field(xml, font, "separate");
        text(xml, font, "1"); // shown until the viewer updates the field
        field(xml, font, "end");
        text(xml, font, " " + DASH);
        return xml.end().finish();
    }

    private static void text(XmlPart xml, RunLook font, String text) {
        run(xml, font).start("w:t").attribute("xml:space", "preserve").text(text).end().end();
    }

    private static void field(XmlPart xml, RunLook font, String type) {
        run(xml, font).empty("w:fldChar").attribute("w:fldCharType", type).end();
    }

    /** Opens a run with its properties; the caller writes its content and closes it. */
    private static XmlPart run(XmlPart xml, RunLook font) {
        xml.start("w:r");
        font.writeTo(xml, false);
        return xml;
    }
}
