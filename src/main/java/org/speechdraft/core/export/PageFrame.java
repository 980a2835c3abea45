package org.speechdraft.core.export;

/**
 * A page and its text block (版心), in points from the page's top left corner.
 */
public record PageFrame(double widthPt, double heightPt, double leftPt, double topPt, double textWidthPt,
                        double textHeightPt) {

    static PageFrame of(PageSetup page, double textWidthPt, double textHeightPt) {
        return new PageFrame(Units.ptFromTwips(Units.twipsFromMm(page.widthMm())),
                Units.ptFromTwips(Units.twipsFromMm(page.heightMm())), Units.ptFromTwips(Units.twipsFromMm(page.leftMm())),
                Units.ptFromTwips(Units.twipsFromMm(page.topMm())), textWidthPt, textHeightPt);
    }

    /** The bottom of the text block. */
    public double textBottomPt() {
        return topPt + textHeightPt;
    }
}
