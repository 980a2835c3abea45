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
    private int drawnPage = -1;
    private double drawnScale;

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
        PagesModel.Laid now = laid.get();
        double at = scale.getAsDouble();
        if (!sameAsDrawn(now, page, at)) {
            canvas.draw(now, page, at);
            drawnScale = at;
            drawnPage = page;
        }
        shown = now;
        setGraphic(sheet);
    }

    /**
     * Whether the canvas shows this page already: typing changes one page or two, and redrawing
     * every visible page at each pause would keep the FX thread from the next keystroke.
     */
    private boolean sameAsDrawn(PagesModel.Laid now, int page, double at) {
        if (shown == null || page != drawnPage || at != drawnScale || shown.layout() != now.layout()
                || page >= now.pages().pageCount() || page >= shown.pages().pageCount()) {
            return false;
        }
        List<PageLine> before = shown.pages().pages().get(page);
        List<PageLine> after = now.pages().pages().get(page);
        if (!before.equals(after)) {
            return false;
        }
        for (PageLine line : after) {
            if (!line.isAdded() && (shown.paragraphs().get(line.paragraph()) != now.paragraphs().get(line.paragraph())
                    || !sameRanges(shown.marked(line.paragraph()), now.marked(line.paragraph())))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRanges(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!java.util.Arrays.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
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
