package org.speechdraft.core.outline;

/**
 * The numbering a line opens with, read as the outline engine reads it: for readers of other
 * formats (Word's automatic numbering) that must not number a line a second time.
 */
public final class LeadingMarker {

    private LeadingMarker() {
    }

    /** The marker at the start of the line's text (after indentation), or null when it opens with none. */
    public static HeadingMarker of(String line) {
        return MarkerParser.parse(line, LineScanner.contentStart(line));
    }
}
