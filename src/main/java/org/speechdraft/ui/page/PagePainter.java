package org.speechdraft.ui.page;

import java.util.List;
import javafx.scene.paint.Color;
import org.speechdraft.core.export.GlyphRun;
import org.speechdraft.core.export.PageFrame;
import org.speechdraft.core.export.PageLine;
import org.speechdraft.core.export.PageNumberPlace;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Paints one printed page: its lines where the layout puts them, character by character (the
 * layout justifies lines and spaces Latin from Chinese), placeholders in yellow, the page number
 * where the export's footer has it. The page view and printing paint alike.
 */
final class PagePainter {

    static final Color HIGHLIGHT = Color.web("#fff176");

    private final ScreenFaces faces;

    PagePainter(ScreenFaces faces) {
        this.faces = faces;
    }

    /** Paints page {@code index} (0-based) of {@code laid}. */
    void paint(PagesModel.Laid laid, int index, PageSurface surface) {
        PageFrame frame = laid.layout().frame();
        surface.fillRect(0, 0, frame.widthPt(), frame.heightPt(), Color.WHITE);
        if (index >= laid.pages().pageCount()) {
            return;
        }
        double top = frame.topPt();
        for (PageLine line : laid.pages().pages().get(index)) {
            if (!line.isAdded()) {
                paintLine(laid, line, frame.leftPt(), top, surface);
            }
            top += line.heightPt();
        }
        PageNumberPlace.of(laid.layout().preset(), frame, index + 1).ifPresent(number -> surface.text(number.text(),
                faces.choice(number.font(), false, ParagraphLevel.BODY, false), number.sizePt(), number.xPt(),
                number.baselinePt()));
    }

    private void paintLine(PagesModel.Laid laid, PageLine line, double left, double top, PageSurface surface) {
        DraftParagraph paragraph = laid.paragraphs().get(line.paragraph());
        List<GlyphRun> runs = laid.layout().glyphs(line, paragraph, laid.marked(line.paragraph()));
        double baseline = top + laid.layout().baselinePt(line);
        for (GlyphRun run : runs) {
            if (run.highlight()) {
                surface.fillRect(left + run.xPt()[0], top, run.endPt() - run.xPt()[0], line.heightPt(), HIGHLIGHT);
            }
            PageSurface.FontChoice font = faces.choice(run.font(), run.latin(), line.level(), run.bold());
            String text = run.text();
            for (int k = 0; k < text.length(); k++) {
                int end = Character.isHighSurrogate(text.charAt(k)) && k + 1 < text.length() ? k + 2 : k + 1;
                surface.text(text.substring(k, end), font, run.sizePt(), left + run.xPt()[k], baseline);
                k = end - 1;
            }
        }
    }
}
