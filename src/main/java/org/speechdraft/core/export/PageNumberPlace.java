package org.speechdraft.core.export;

import java.util.Optional;

/**
 * Where a page's number stands, as the export's footer puts it: "— 3 —" {@code gapBelowTextMm}
 * below the text block; on 公文 pages at the right of odd and the left of even pages, inset one
 * character; or centred.
 *
 * @param xPt        the left edge of its first character, from the page's left edge
 * @param baselinePt its baseline, from the page's top
 */
public record PageNumberPlace(String text, double xPt, double baselinePt, FontSpec font, double sizePt) {

    private static final double ASCENT_EMS = 0.88;

    /** The number of page {@code page} (1-based); empty when the preset shows none. */
    public static Optional<PageNumberPlace> of(ExportPreset preset, PageFrame frame, int page) {
        PageNumbers numbers = preset.pageNumbers();
        if (!numbers.shown()) {
            return Optional.empty();
        }
        String text = FooterPart.DASH + " " + page + " " + FooterPart.DASH;
        double size = numbers.sizePt();
        double width = 0;
        for (double advance : GlyphAdvance.ofText(text, size, 0).advance()) {
            width += advance;
        }
        double left = frame.leftPt();
        double right = frame.leftPt() + frame.textWidthPt();
        double x = switch (numbers.placement()) {
            case OUTSIDE -> page % 2 == 1 ? right - size - width : left + size;
            default -> (left + right - width) / 2;
        };
        double baseline = frame.textBottomPt() + numbers.gapBelowTextMm() * 72 / 25.4 + ASCENT_EMS * size;
        return Optional.of(new PageNumberPlace(text, x, baseline, numbers.font(), size));
    }
}
