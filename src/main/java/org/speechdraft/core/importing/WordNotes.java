package org.speechdraft.core.importing;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document's 脚注 or 尾注 (word/footnotes.xml, word/endnotes.xml) by id, so that
 * the import report can say what a note that did not come in said.
 */
final class WordNotes {

    private final Map<String, String> texts;

    private WordNotes(Map<String, String> texts) {
        this.texts = texts;
    }

    static WordNotes none() {
        return new WordNotes(Map.of());
    }

    static WordNotes read(InputStream xml) throws XMLStreamException {
        XMLStreamReader reader = SafeXml.reader(xml);
        Map<String, String> texts = new HashMap<>();
        String id = null;
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && WordXml.isW(reader)) {
                String local = reader.getLocalName();
                if (local.equals("footnote") || local.equals("endnote")) {
                    id = WordXml.attribute(reader, "id");
                    text.setLength(0);
                } else if (local.equals("t")) {
                    inText = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && WordXml.isW(reader)) {
                String local = reader.getLocalName();
                if (local.equals("t")) {
                    inText = false;
                } else if ((local.equals("footnote") || local.equals("endnote")) && id != null) {
                    texts.put(id, text.toString().strip());
                    id = null;
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inText && id != null) {
                text.append(reader.getText());
            }
        }
        return new WordNotes(texts);
    }

    /** What note {@code id} says, "" when unknown. */
    String text(String id) {
        return id == null ? "" : texts.getOrDefault(id, "");
    }
}
