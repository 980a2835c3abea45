package org.speechdraft.core.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Page numbers in the footer, written as "— 1 —" (一字线 each side).
 *
 * @param placement       where they stand
 * @param font            the faces (公文: 宋体)
 * @param sizePt          the type size (公文: 四号 = 14 pt)
 * @param gapBelowTextMm  distance from the bottom of the text block to the number (公文: 7 mm)
 */
public record PageNumbers(Placement placement, FontSpec font, double sizePt, double gapBelowTextMm) {

    public enum Placement {
        /** 公文: odd pages at the right, even pages at the left, each inset one character. */
        @JsonProperty("outside") OUTSIDE,
        @JsonProperty("center") CENTER,
        @JsonProperty("none") NONE
    }

    public PageNumbers {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(font, "font");
        if (!(sizePt >= ParagraphFormat.MIN_SIZE_PT && sizePt <= ParagraphFormat.MAX_SIZE_PT)) {
            throw new IllegalArgumentException("page number size out of range: " + sizePt);
        }
        if (!(gapBelowTextMm >= 0 && gapBelowTextMm <= 50)) {
            throw new IllegalArgumentException("page number gap must be 0..50 mm: " + gapBelowTextMm);
        }
    }

    public boolean shown() {
        return placement != Placement.NONE;
    }
}
