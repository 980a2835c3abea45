package org.speechdraft.core.outline;

/**
 * One heading of a speech.
 *
 * @param level     1..4, from how the markers nest in this text (or the paragraph's explicit level)
 * @param marker    the marker as written; null for a heading without one (explicit level only)
 * @param text      the heading's own words, without the marker, ending before the first 。！？； or
 *                  where a run-in heading visibly ends
 * @param paragraph index of the paragraph (line) it stands in
 * @param start     char offset of the marker (or of the text, when there is no marker) in that paragraph
 * @param end       char offset just after the heading text in that paragraph
 */
public record Heading(int level, HeadingMarker marker, String text, int paragraph, int start, int end) {

    public Heading withLevel(int newLevel) {
        return new Heading(newLevel, marker, text, paragraph, start, end);
    }

    /** The marker as written followed by the text, as the outline shows it: "（一）教育教学平稳有序". */
    public String label() {
        return marker == null ? text : marker.text() + text;
    }
}
