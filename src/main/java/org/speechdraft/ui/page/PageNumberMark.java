package org.speechdraft.ui.page;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.PageFrame;
import org.speechdraft.core.export.PageNumberPlace;
import org.speechdraft.core.model.ParagraphLevel;

/** Draws a page's "— N —" where the export's footer puts it. */
final class PageNumberMark {

    private PageNumberMark() {
    }

    /** {@code g} is scaled to points; the text is drawn at the pixel size. */
    static void draw(GraphicsContext g, ScreenFaces faces, ExportPreset preset, PageFrame frame, int page, double scale) {
        PageNumberPlace.of(preset, frame, page).ifPresent(place -> {
            g.save();
            g.scale(1 / scale, 1 / scale);
            g.setFill(Color.BLACK);
            g.setFont(faces.font(place.font(), false, ParagraphLevel.BODY, false, place.sizePt() * scale));
            g.fillText(place.text(), place.xPt() * scale, place.baselinePt() * scale);
            g.restore();
        });
    }
}
