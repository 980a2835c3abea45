package org.speechdraft.core.importing;

import javax.xml.stream.XMLStreamReader;

/** Reading WordprocessingML elements and attributes, in the transitional or the strict namespace. */
final class WordXml {

    private static final String TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    private WordXml() {
    }

    static boolean isW(XMLStreamReader reader) {
        String ns = reader.getNamespaceURI();
        return TRANSITIONAL.equals(ns) || STRICT.equals(ns);
    }

    /** The w: attribute {@code localName} of the current element, or null. */
    static String attribute(XMLStreamReader reader, String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            if (localName.equals(reader.getAttributeLocalName(i)) && (TRANSITIONAL.equals(ns) || STRICT.equals(ns))) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    static Integer intAttribute(XMLStreamReader reader, String localName) {
        String value = attribute(reader, localName);
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An on/off property (w:b, w:b w:val="0"): on unless its value says off. */
    static boolean isOn(XMLStreamReader reader) {
        String value = attribute(reader, "val");
        return value == null || !isOff(value);
    }

    /** An on/off attribute ({@code w:default="1"}): on only when present and not off. */
    static boolean isOn(XMLStreamReader reader, String localName) {
        String value = attribute(reader, localName);
        return value != null && !isOff(value);
    }

    private static boolean isOff(String value) {
        return value.equals("0") || value.equalsIgnoreCase("false") || value.equalsIgnoreCase("off");
    }
}
