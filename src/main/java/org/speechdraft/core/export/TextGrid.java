package org.speechdraft.core.export;

/**
 * The 公文 document grid: so many lines per page and characters per line, filling the text block
 * (GB/T 9704: 22 × 28). {@link #NONE} for a layout without a grid.
 *
 * @param charGrid true: Word's character grid (docGrid "linesAndChars"), exact in Word and WPS, but
 *                 LibreOffice then sets each 16 pt character in two 15.8 pt cells, 14 a line;
 *                 false: a line grid, and the characters tightened by letter spacing to the same
 *                 28 a line, which all three render alike
 */
public record TextGrid(int linesPerPage, int charsPerLine, boolean charGrid) {

    public static final TextGrid NONE = new TextGrid(0, 0, false);

    public TextGrid {
        boolean none = linesPerPage == 0 && charsPerLine == 0 && !charGrid;
        if (!none && (linesPerPage < 1 || linesPerPage > 100 || charsPerLine < 1 || charsPerLine > 100)) {
            throw new IllegalArgumentException("grid must be 1..100 × 1..100 or none: " + linesPerPage + "×" + charsPerLine);
        }
    }

    /** Lines × characters rendered alike by Word, WPS and LibreOffice (a line grid plus letter spacing). */
    public static TextGrid of(int linesPerPage, int charsPerLine) {
        return new TextGrid(linesPerPage, charsPerLine, false);
    }

    public boolean isSet() {
        return linesPerPage > 0;
    }
}
