package org.speechdraft.core.export;

import java.util.Objects;

/**
 * How the paragraphs of one level look on paper.
 *
 * @param font           the faces
 * @param sizePt         the type size in points (三号 = 16, 二号 = 22 …)
 * @param bold           whether the whole paragraph is bold
 * @param alignment      left, centred, right or justified
 * @param firstLineChars the first-line indent in characters of this size (2 for 公文 body text)
 */
public record ParagraphFormat(FontSpec font, double sizePt, boolean bold, Alignment alignment, double firstLineChars) {

    static final double MIN_SIZE_PT = 5;
    static final double MAX_SIZE_PT = 72;

    public ParagraphFormat {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(alignment, "alignment");
        if (!(sizePt >= MIN_SIZE_PT && sizePt <= MAX_SIZE_PT)) {
            throw new IllegalArgumentException("size must be " + MIN_SIZE_PT + ".." + MAX_SIZE_PT + " pt: " + sizePt);
        }
        if (!(firstLineChars >= 0 && firstLineChars <= 10)) {
            throw new IllegalArgumentException("first-line indent must be 0..10 characters: " + firstLineChars);
        }
    }

    public ParagraphFormat withFont(FontSpec newFont) {
        return new ParagraphFormat(newFont, sizePt, bold, alignment, firstLineChars);
    }

    public ParagraphFormat withSize(double newSizePt) {
        return new ParagraphFormat(font, newSizePt, bold, alignment, firstLineChars);
    }

    public ParagraphFormat withBold(boolean newBold) {
        return new ParagraphFormat(font, sizePt, newBold, alignment, firstLineChars);
    }
}
