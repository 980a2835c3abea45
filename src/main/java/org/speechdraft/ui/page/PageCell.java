package org.speechdraft.ui.page;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.speechdraft.core.export.PageFrame;
import org.speechdraft.core.export.PageLine;

/** A page of the page view: the page drawn on a sheet, a click on a line leading to that place in the text. */
final class PageCell extends ListCell<Integer> {

    static final double MARGIN_PX = 12;

    private final PageCanvas canvas;
    private final StackPane sheet;
    private final DoubleSupplier scale;
    private final Supplier<PagesModel.Laid> laid;
    /** The pages this cell drew from, which a click is measured against. */
    private PagesModel.Laid shown;

    PageCell(PagePainter painter, Supplier<PagesModel.Laid> laid, DoubleSupplier scale, PageViewController.GoTo goTo) {
        this.laid = laid;
        this.canvas = new PageCanvas(painter);
        this.scale = scale;
        canvas.getStyleClass().add("sd-page-sheet");
        sheet = new StackPane(canvas);
        sheet.setPadding(new Insets(MARGIN_PX));
        sheet.setAlignment(Pos.CENTER);
        getStyleClass().add("sd-page-cell");
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> placeAt(e.getX(), e.getY()).ifPresent(
                place -> goTo.show(place[0], place[1])));
    }

    @Override
    protected void updateItem(Integer page, boolean empty) {
        super.updateItem(page, empty);
        if (empty || page == null) {
            setGraphic(null);
            return;
        }
        shown = laid.get();
        canvas.draw(shown, page, scale.getAsDouble());
        setGraphic(sheet);
    }

    /** The paragraph and offset under a point of the canvas, if a line of the draft is there. */
    private java.util.Optional<int[]> placeAt(double xPx, double yPx) {
        if (getItem() == null || shown == null || getItem() >= shown.pages().pageCount()) {
            return java.util.Optional.empty();
        }
        double s = scale.getAsDouble();
        PageFrame frame = shown.layout().frame();
        double y = yPx / s - frame.topPt();
        List<PageLine> lines = shown.pages().pages().get(getItem());
        double top = 0;
        for (PageLine line : lines) {
            if (y < top + line.heightPt() && !line.isAdded()) {
                int offset = shown.layout().offsetAt(line, shown.paragraphs().get(line.paragraph()),
                        xPx / s - frame.leftPt());
                return java.util.Optional.of(new int[] {line.paragraph(), offset});
            }
            top += line.heightPt();
        }
        return java.util.Optional.empty();
    }
}
