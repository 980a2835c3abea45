package org.speechdraft.core.export;

/** docProps/core.xml and docProps/app.xml: what Word's 属性 shows — title, author, times, program. */
final class PropertiesParts {

    private PropertiesParts() {
    }

    /**
     * The export is the document's creation and its last change: an exported file is new each time.
     *
     * @param title the document's title; blank for none
     */
    static byte[] core(String title, Authorship by) {
        XmlPart xml = XmlPart.root("cp:coreProperties",
                OoxmlNamespace.CP, OoxmlNamespace.DC, OoxmlNamespace.DCTERMS, OoxmlNamespace.XSI);
        if (!title.isBlank()) {
            xml.start("dc:title").text(title.strip()).end();
        }
        xml.start("dc:creator").text(by.author()).end();
        xml.start("cp:lastModifiedBy").text(by.author()).end();
        time(xml, "dcterms:created", by);
        time(xml, "dcterms:modified", by);
        return xml.finish();
    }

    private static void time(XmlPart xml, String element, Authorship by) {
        xml.start(element).attribute("xsi:type", "dcterms:W3CDTF").text(OoxmlDates.utc(by.when())).end();
    }

    static byte[] app() {
        return XmlPart.root("Properties", OoxmlNamespace.EXTENDED_PROPERTIES).start("Application")
                .text(Authorship.PROGRAM).end().finish();
    }
}
