package org.speechdraft.core.export;

/**
 * A stretch of one line of a laid-out page in one look, for drawing it (the page view, PDF):
 * where each of its characters stands.
 *
 * @param text      the characters (a surrogate pair is two, at the same place)
 * @param xPt       each character's left edge, from the text block's left edge
 * @param endPt     where the stretch ends, after its last character's advance
 * @param font      the faces; {@code latin} says which of them sets this stretch
 * @param latin     set in the Latin face (Times New Roman), not the Chinese one
 * @param highlight marked in yellow, as the export marks unfilled placeholders
 */
public record GlyphRun(String text, double[] xPt, double endPt, FontSpec font, boolean latin, double sizePt,
                       boolean bold, boolean highlight) {
}
