package org.speechdraft.ui.page;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A page of the page view, painted on a canvas at a scale. */
final class PageCanvas extends Canvas {

    private final PagePainter painter;
    /** Fonts at pixel sizes: glyphs hinted for the screen, not scaled bitmaps. */
    private final Map<String, Font> fonts = new HashMap<>();

    PageCanvas(PagePainter painter) {
        this.painter = painter;
    }

    /** Paints page {@code index} (0-based) of {@code laid}, {@code scale} pixels a point. */
    void draw(PagesModel.Laid laid, int index, double scale) {
        setWidth(Math.ceil(laid.layout().frame().widthPt() * scale));
        setHeight(Math.ceil(laid.layout().frame().heightPt() * scale));
        GraphicsContext g = getGraphicsContext2D();
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        painter.paint(laid, index, new PageSurface() {
            @Override
            public void fillRect(double xPt, double yPt, double widthPt, double heightPt, Color color) {
                g.setFill(color);
                g.fillRect(xPt * scale, yPt * scale, widthPt * scale, heightPt * scale);
            }

            @Override
            public void text(String text, FontChoice font, double sizePt, double xPt, double baselinePt) {
                double px = sizePt * scale;
                g.setFont(fonts.computeIfAbsent(font + "|" + px, k -> font.at(px)));
                g.setFill(Color.BLACK);
                g.fillText(text, xPt * scale, baselinePt * scale);
            }
        });
    }
}
