package org.speechdraft.ui.page;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.speechdraft.core.export.GlyphRun;
import org.speechdraft.core.export.PageFrame;
import org.speechdraft.core.export.PageLayout;
import org.speechdraft.core.export.PageLine;
import org.speechdraft.core.model.DraftParagraph;

/**
 * One printed page drawn at a scale: its lines where the layout puts them, character by
 * character (the layout justifies lines and spaces Latin from Chinese), placeholders in yellow,
 * the page number as the export's footer has it. Used by the page view and by printing.
 */
public final class PageCanvas extends Canvas {

    private static final Color HIGHLIGHT = Color.web("#fff176");

    private final ScreenFaces faces;

    PageCanvas(ScreenFaces faces) {
        this.faces = faces;
    }

    /** Draws page {@code index} (0-based) of {@code laid}, {@code scale} pixels a point. */
    void draw(PagesModel.Laid laid, int index, double scale) {
        PageLayout layout = laid.layout();
        PageFrame frame = layout.frame();
        setWidth(Math.ceil(frame.widthPt() * scale));
        setHeight(Math.ceil(frame.heightPt() * scale));
        GraphicsContext g = getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        if (index >= laid.pages().pageCount()) {
            return;
        }
        g.scale(scale, scale);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
        double top = frame.topPt();
        for (PageLine line : laid.pages().pages().get(index)) {
            if (!line.isAdded()) {
                drawLine(g, laid, line, frame.leftPt(), top, scale);
            }
            top += line.heightPt();
        }
        PageNumberMark.draw(g, faces, layout.preset(), frame, index + 1, scale);
    }

    private void drawLine(GraphicsContext g, PagesModel.Laid laid, PageLine line, double left, double top,
                          double scale) {
        DraftParagraph paragraph = laid.paragraphs().get(line.paragraph());
        List<GlyphRun> runs = laid.layout().glyphs(line, paragraph, laid.marked(line.paragraph()));
        double baseline = top + laid.layout().baselinePt(line);
        for (GlyphRun run : runs) {
            if (run.highlight()) {
                g.setFill(HIGHLIGHT);
                g.fillRect(left + run.xPt()[0], top, run.endPt() - run.xPt()[0], line.heightPt());
            }
            // fonts are made at the pixel size, so glyphs are hinted for the screen, not scaled bitmaps
            g.save();
            g.scale(1 / scale, 1 / scale);
            g.setFont(faces.font(run.font(), run.latin(), line.level(), run.bold(), run.sizePt() * scale));
            g.setFill(Color.BLACK);
            String text = run.text();
            for (int k = 0; k < text.length(); k++) {
                int end = Character.isHighSurrogate(text.charAt(k)) && k + 1 < text.length() ? k + 2 : k + 1;
                g.fillText(text.substring(k, end), (left + run.xPt()[k]) * scale, baseline * scale);
                k = end - 1;
            }
            g.restore();
        }
    }
}
