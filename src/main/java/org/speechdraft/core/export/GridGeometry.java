package org.speechdraft.core.export;

/**
 * The numbers of a Word document grid that put exactly {@code linesPerPage} lines and
 * {@code charsPerLine} characters into the text block.
 *
 * <p>Word measures the line pitch in twips and the character pitch as an adjustment of the
 * Normal style's type size, in 4096ths of a point (charSpace). For 公文 on A4 with 37/35/28/26 mm:
 * the text block is 16838 − 2098 − 1984 = 12756 twips high, 12756 / 22 = 579.8, so the line pitch
 * is 579 twips (28.95 pt); it is 11906 − 1587 − 1474 = 8845 twips = 442.25 pt wide,
 * 442.25 / 28 = 15.795 pt per character, 0.205 pt less than a 16 pt glyph: charSpace =
 * ⌊−0.205 × 4096⌋ = −842. Both are rounded down so that the last line and character still fit.
 *
 * <p>Without the character grid (see {@link TextGrid#charGrid()}: LibreOffice puts a glyph wider
 * than the cell into two cells) the same line length comes from a letter spacing of
 * ⌊(15.795 − 16) × 20⌋ = −5 twips (−0.25 pt): 28 × 15.75 pt fits into 442.25 pt, 29 do not.
 *
 * @param linePitchTwips the distance between grid lines
 * @param charSpace      the adjustment of the character pitch, in 4096ths of a point
 * @param charPitchPt    the character pitch the grid gives, in points
 * @param charGrid       whether Word's character grid is on (then no letter spacing is needed)
 */
record GridGeometry(int linePitchTwips, int charSpace, double charPitchPt, boolean charGrid) {

    private static final int CHAR_SPACE_UNITS_PER_POINT = 4096;

    static GridGeometry of(PageSetup page, TextGrid grid, double baseSizePt) {
        int height = Units.twipsFromMm(page.heightMm()) - Units.twipsFromMm(page.topMm())
                - Units.twipsFromMm(page.bottomMm());
        int width = textWidthTwips(page);
        double charPitch = Units.ptFromTwips(width) / grid.charsPerLine();
        int charSpace = (int) Math.floor((charPitch - baseSizePt) * CHAR_SPACE_UNITS_PER_POINT);
        return new GridGeometry(height / grid.linesPerPage(), charSpace, charPitch, grid.charGrid());
    }

    static int textWidthTwips(PageSetup page) {
        return Units.twipsFromMm(page.widthMm()) - Units.twipsFromMm(page.leftMm()) - Units.twipsFromMm(page.rightMm());
    }

    /**
     * The letter spacing, in twips, that makes glyphs of {@code sizePt} as wide as a grid cell;
     * 0 when they fit already or the character grid does it.
     */
    int letterSpacingTwips(double sizePt) {
        if (charGrid) {
            return 0;
        }
        double spacing = Math.floor((charPitchPt - sizePt) * 20);
        return spacing < 0 ? (int) spacing : 0;
    }
}
