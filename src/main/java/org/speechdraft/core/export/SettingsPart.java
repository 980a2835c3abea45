package org.speechdraft.core.export;

/** word/settings.xml: whether even pages have footers of their own (公文 page numbers). */
final class SettingsPart {

    private SettingsPart() {
    }

    static byte[] write(boolean evenAndOddFooters) {
        XmlPart xml = XmlPart.root("w:settings", OoxmlNamespace.W);
        if (evenAndOddFooters) {
            xml.empty("w:evenAndOddHeaders"); // named for headers, it rules footers too
        }
        return xml.finish();
    }
}
