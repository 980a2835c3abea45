package org.speechdraft.ui.page;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** What a page is painted on — the page view's canvas, a printed page's nodes — in points from the page's corner. */
interface PageSurface {

    void fillRect(double xPt, double yPt, double widthPt, double heightPt, Color color);

    /**
     * Draws {@code text} with its baseline's left end at the point.
     *
     * @param sizePt the type size, for the surface to make {@code font} of its own size from
     */
    void text(String text, FontChoice font, double sizePt, double xPt, double baselinePt);

    /** A face and weight, to be made at the size a surface needs. */
    record FontChoice(String family, boolean bold) {

        Font at(double size) {
            return Font.font(family, bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, size);
        }
    }
}
