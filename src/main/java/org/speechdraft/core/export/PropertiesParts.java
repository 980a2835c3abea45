package org.speechdraft.core.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** docProps/core.xml and docProps/app.xml: what Word's 属性 shows — title, author, program. */
final class PropertiesParts {

    static final String CREATOR = "SpeechDraft";

    private PropertiesParts() {
    }

    /** @param title the document's title; blank for none */
    static byte[] core(String title, Instant created) {
        XmlPart xml = XmlPart.root("cp:coreProperties",
                OoxmlNamespace.CP, OoxmlNamespace.DC, OoxmlNamespace.DCTERMS, OoxmlNamespace.XSI);
        xml.start("dcterms:created").attribute("xsi:type", "dcterms:W3CDTF")
                .text(created.truncatedTo(ChronoUnit.SECONDS).toString()).end();
        xml.start("dc:creator").text(CREATOR).end();
        if (!title.isBlank()) {
            xml.start("dc:title").text(title.strip()).end();
        }
        return xml.finish();
    }

    static byte[] app() {
        return XmlPart.root("Properties", OoxmlNamespace.EXTENDED_PROPERTIES).start("Application").text(CREATOR).end()
                .finish();
    }
}
