package org.speechdraft.ui.page;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A page to print: text and shapes as nodes, in points from the paper's corner (JavaFX printing
 * measures in points), so the printer gets outlines, not a picture of the screen.
 */
final class PrintedPage {

    private PrintedPage() {
    }

    static Node of(PagePainter painter, PagesModel.Laid laid, int index) {
        Group page = new Group();
        painter.paint(laid, index, new PageSurface() {
            @Override
            public void fillRect(double xPt, double yPt, double widthPt, double heightPt, Color color) {
                Rectangle rectangle = new Rectangle(xPt, yPt, widthPt, heightPt);
                rectangle.setFill(color);
                page.getChildren().add(rectangle);
            }

            @Override
            public void text(String text, FontChoice font, double sizePt, double xPt, double baselinePt) {
                Text node = new Text(xPt, baselinePt, text);
                node.setFont(font.at(sizePt));
                page.getChildren().add(node);
            }
        });
        return page;
    }
}
