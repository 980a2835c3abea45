package org.speechdraft.core.outline;

/**
 * A marker found in a line, before the analysis decides whether it numbers a heading or an item
 * of an inline series.
 *
 * @param lead what precedes it in the line
 */
record Found(int paragraph, int start, HeadingMarker marker, Lead lead) {

    /** What stands before a marker, which tells a heading from an item of an inline list. */
    enum Lead {
        /** It opens its line (after indentation and a stray PDF page number). */
        LINE_START,
        /** After 。！？ or set off by spaces, or run straight after its parent heading's words. */
        SENTENCE,
        /** After ：— a heading, or the first item of a list such as "问题主要有：一、认识不到位；二、措施不得力". */
        COLON,
        /** After ；— an item of such a list. */
        SEMICOLON,
        /** Inside a sentence: only 一是/第一， items are found there. */
        INLINE
    }

    boolean lineStart() {
        return lead == Lead.LINE_START;
    }

    int end() {
        return start + marker.text().length();
    }

    MarkerFamily family() {
        return MarkerFamily.of(marker);
    }

    int number() {
        return marker.number();
    }
}
