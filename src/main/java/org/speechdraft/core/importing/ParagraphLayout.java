package org.speechdraft.core.importing;

import java.util.Locale;

/**
 * How a paragraph of a Word document sits on the page, from its own properties over its style's:
 * what tells a title, a 称呼 or a 落款 from body text when no style names it.
 *
 * @param justification the paragraph's alignment
 * @param indented      its first line (or the whole paragraph) starts in from the left margin
 * @param sizePt        the largest type size of its text, 0 when it has none
 * @param bold          all its text is bold
 * @param font          the Chinese face of its first text, "" when not named
 */
record ParagraphLayout(Justification justification, boolean indented, double sizePt, boolean bold, String font) {

    enum Justification {
        LEFT, CENTER, RIGHT, BOTH;

        /** w:jc's value; "start"/"end" are what strict documents write for left/right. */
        static Justification of(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "center" -> CENTER;
                case "right", "end" -> RIGHT;
                case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute" -> BOTH;
                default -> LEFT;
            };
        }
    }

    /** A paragraph read from plain text, or one whose layout says nothing. */
    static final ParagraphLayout PLAIN = new ParagraphLayout(Justification.LEFT, false, 0, false, "");

    ParagraphLayout {
        justification = justification == null ? Justification.LEFT : justification;
        font = font == null ? "" : font;
    }

    boolean centred() {
        return justification == Justification.CENTER;
    }

    boolean rightAligned() {
        return justification == Justification.RIGHT;
    }

    /** Set in a face 公文 titles use: 方正小标宋, 小标宋, 华文中宋, 黑体 … */
    boolean inTitleFace() {
        String face = font.toLowerCase(Locale.ROOT);
        return face.contains("标宋") || face.contains("中宋") || face.contains("黑体") || face.contains("simhei")
                || face.contains("heiti");
    }
}
