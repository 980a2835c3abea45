package org.speechdraft.core.importing;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a Word header or footer (word/header1.xml …) says besides its page number: the drafts we make
 * number their own pages, so only such text is worth telling the user it was not imported.
 */
final class HeaderFooterText {

    private HeaderFooterText() {
    }

    /** The part's words, page numbers and their dashes ("— 1 —", "第 3 页 共 9 页") left out; "" for none. */
    static String read(InputStream xml) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.reader(xml);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && WordXml.isW(reader)) {
                if (reader.getLocalName().equals("t")) {
                    inText = true;
                } else if (reader.getLocalName().equals("p") && !text.isEmpty()) {
                    text.append(' ');
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && WordXml.isW(reader) && reader.getLocalName().equals("t")) {
                inText = false;
            } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                text.append(reader.getText());
            }
        }
        String words = text.toString().replaceAll("[第页共]?\\s*[0-9０-９]+\\s*[页]?", " ")
                .replaceAll("[—\\-－–\\s/]+", " ").strip();
        return words.matches("[第页共\\s]*") ? "" : words;
    }
}
