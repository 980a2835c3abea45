package org.speechdraft.core.outline;

/**
 * A numbering marker as written: its style, its number (1-based; 0 for a dash) and its exact
 * text, e.g. "（一）", "1．", "一要", "第一，".
 *
 * @param word for {@link MarkerStyle#PARALLEL}: the word after the numeral (是, 要, 抓 …), else ""
 */
public record HeadingMarker(MarkerStyle style, int number, String text, String word) {

    /** The 公文 convention for a level when the speech itself gives no example: 一、（一）1.（1）. */
    public static HeadingMarker conventional(int level) {
        MarkerStyle style = switch (level) {
            case 1 -> MarkerStyle.CHINESE_COMMA;
            case 2 -> MarkerStyle.CHINESE_PAREN;
            case 3 -> MarkerStyle.ARABIC_DOT;
            default -> MarkerStyle.ARABIC_PAREN;
        };
        return of(style, 1, "");
    }

    /** A marker written the standard way for its style: of(CHINESE_PAREN, 2, "") is "（二）". */
    public static HeadingMarker of(MarkerStyle style, int number, String word) {
        return new HeadingMarker(style, number, MarkerText.render(style, number, word, true), word);
    }

    /** This marker with another number, written the same way (二要 → 三要, 第一, → 第二,, 1． → 2．). */
    public HeadingMarker renumbered(int newNumber) {
        if (!style.isNumbered()) {
            return this;
        }
        return new HeadingMarker(style, newNumber,
                MarkerText.render(style, newNumber, word, isFullWidth()), word);
    }

    /** This marker in the other character width where it has one (（一） ↔ (一), 1. ↔ 1．, 第一， ↔ 第一,). */
    public HeadingMarker inWidth(boolean fullWidth) {
        if (!hasWidth() || isFullWidth() == fullWidth) {
            return this;
        }
        MarkerStyle newStyle = style == MarkerStyle.ORDINAL ? style : style.widthTwin();
        return new HeadingMarker(newStyle, number,
                MarkerText.render(newStyle, number, word, fullWidth), word);
    }

    /** Whether the marker exists in a full-width and a half-width spelling. */
    public boolean hasWidth() {
        return style.widthTwin() != null || style == MarkerStyle.ORDINAL;
    }

    /** （一） （1） 1． 第一， are full-width; (一) (1) 1. 第一, are not. */
    public boolean isFullWidth() {
        return switch (style) {
            case CHINESE_PAREN, ARABIC_FULLWIDTH_DOT, ARABIC_PAREN -> true;
            case ORDINAL -> !text.endsWith(",");
            default -> false;
        };
    }
}
