package org.speechdraft.core.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes one XML part of a DOCX: elements, attributes and text, escaped, into UTF-8 bytes. Names
 * are written as Word writes them, with their prefix ("w:p", "w:val"), declared on the root
 * element. Characters that XML 1.0 does not allow (control characters pasted from other programs)
 * are left out: Word refuses a document that contains them.
 *
 * <p>Not the JDK's StAX writer: it loads fast, but escapes character by character through several
 * layers, which in a command-line run (the code not yet compiled by the JIT) cost more than the
 * rest of the document's writing. Here text without anything to escape — nearly all Chinese
 * text — is copied whole.
 */
final class XmlPart {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

    private final StringBuilder xml = new StringBuilder(4096).append(DECLARATION);
    private final Deque<String> open = new ArrayDeque<>();
    /** A start tag is written up to its attributes: "<w:p" without the closing ">" yet. */
    private boolean inTag;
    /** That tag is an element without content, closed by "/>". */
    private boolean emptyTag;

    private XmlPart() {
    }

    /** A part whose root element {@code root} declares {@code namespaces}; close it with {@link #finish()}. */
    static XmlPart root(String root, OoxmlNamespace... namespaces) {
        XmlPart part = new XmlPart();
        part.start(root);
        for (OoxmlNamespace namespace : namespaces) {
            part.attribute(namespace.prefix().isEmpty() ? "xmlns" : "xmlns:" + namespace.prefix(), namespace.uri());
        }
        return part;
    }

    /** Opens an element; attributes follow, then its content, then {@link #end()}. */
    XmlPart start(String name) {
        closeTag();
        xml.append('<').append(name);
        open.push(name);
        inTag = true;
        emptyTag = false;
        return this;
    }

    /** An element without content; its attributes may follow. */
    XmlPart empty(String name) {
        closeTag();
        xml.append('<').append(name);
        inTag = true;
        emptyTag = true;
        return this;
    }

    /** An attribute of the element just started. */
    XmlPart attribute(String name, String value) {
        if (!inTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        xml.append(' ').append(name).append("=\"");
        appendEscaped(value, true);
        xml.append('"');
        return this;
    }

    XmlPart attribute(String name, long value) {
        return attribute(name, Long.toString(value));
    }

    XmlPart text(String text) {
        closeTag();
        appendEscaped(text, false);
        return this;
    }

    /** Closes the element opened last; one without content becomes {@code <name/>}. */
    XmlPart end() {
        String name = open.pop();
        if (inTag && !emptyTag) {
            xml.append("/>");
            inTag = false;
            return this;
        }
        closeTag();
        xml.append("</").append(name).append('>');
        return this;
    }

    /** Closes the root element; the part's bytes. */
    byte[] finish() {
        end();
        if (!open.isEmpty()) {
            throw new IllegalStateException("elements left open: " + open);
        }
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void closeTag() {
        if (inTag) {
            xml.append(emptyTag ? "/>" : ">");
            inTag = false;
        }
    }

    /** Copies {@code text} escaped, and without the characters XML forbids, in stretches between them. */
    private void appendEscaped(String text, boolean inAttribute) {
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a whole pair: a character outside the BMP, such as a rare character in a name
                continue;
            }
            String replacement = replacement(c, inAttribute);
            if (replacement != null) {
                xml.append(text, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        xml.append(text, copied, text.length());
    }

    /**
     * What stands for {@code c}: null for itself, "" for nothing (controls other than tab, line
     * feed and carriage return, U+FFFE/U+FFFF and a surrogate without its other half), or an
     * entity. In attribute values tabs and line breaks are escaped too, else parsers turn them
     * into spaces.
     */
    private static String replacement(char c, boolean inAttribute) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return inAttribute ? "&quot;" : null;
            case '\t':
                return inAttribute ? "&#9;" : null;
            case '\n':
                return inAttribute ? "&#10;" : null;
            case '\r':
                return inAttribute ? "&#13;" : null;
            default:
                return c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) ? "" : null;
        }
    }
}
