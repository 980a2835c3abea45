package org.speechdraft.core.export;

import java.util.List;

/**
 * The section properties at the end of the body ({@code w:sectPr}): the footers, paper, margins
 * and document grid.
 */
final class PageSection {

    private static final double HEADER_DISTANCE_MM = 15;
    private static final double MIN_FOOTER_DISTANCE_MM = 5;

    /** A footer part of the section, by the relationship id of word/document.xml that leads to it. */
    record FooterReference(FooterPart.Footer footer, String relationshipId) {
    }

    private PageSection() {
    }

    /** @param grid the document grid, null for none */
    static void write(XmlPart xml, ExportPreset preset, GridGeometry grid, List<FooterReference> footers) {
        xml.start("w:sectPr");
        for (FooterReference reference : footers) {
            xml.empty("w:footerReference").attribute("w:type", reference.footer().pages())
                    .attribute("r:id", reference.relationshipId());
        }
        PageSetup page = preset.page();
        xml.empty("w:pgSz").attribute("w:w", Units.twipsFromMm(page.widthMm()))
                .attribute("w:h", Units.twipsFromMm(page.heightMm()));
        xml.empty("w:pgMar").attribute("w:top", Units.twipsFromMm(page.topMm()))
                .attribute("w:bottom", Units.twipsFromMm(page.bottomMm()))
                .attribute("w:left", Units.twipsFromMm(page.leftMm()))
                .attribute("w:right", Units.twipsFromMm(page.rightMm()))
                .attribute("w:header", Units.twipsFromMm(HEADER_DISTANCE_MM))
                .attribute("w:footer", footerDistanceTwips(page, preset.pageNumbers()))
                .attribute("w:gutter", 0);
        if (grid != null) {
            // charSpace is written for the line grid too, as Word does: it keeps 28 a line when a user
            // switches the character grid on in Word's page setup.
            xml.empty("w:docGrid").attribute("w:type", grid.charGrid() ? "linesAndChars" : "lines")
                    .attribute("w:linePitch", grid.linePitchTwips()).attribute("w:charSpace", grid.charSpace());
        }
        xml.end();
    }

    /**
     * Word measures the footer from the bottom edge of the page to the bottom of the footer; the
     * number should stand {@code gapBelowTextMm} below the text block, so the footer's bottom is
     * one line of the number lower still.
     */
    static int footerDistanceTwips(PageSetup page, PageNumbers numbers) {
        double lineMm = numbers.sizePt() * 25.4 / 72;
        double distance = page.bottomMm() - numbers.gapBelowTextMm() - lineMm;
        return Units.twipsFromMm(Math.max(MIN_FOOTER_DISTANCE_MM, distance));
    }
}
