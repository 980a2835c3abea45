package org.speechdraft.core.outline;

/** How a heading or series item is numbered, as written in real speeches. */
public enum MarkerStyle {
    /** 一、 二、 … 二十、 */
    CHINESE_COMMA,
    /** （一） full-width parentheses */
    CHINESE_PAREN,
    /** (一) ASCII parentheses */
    CHINESE_PAREN_ASCII,
    /** 1. (half-width stop) */
    ARABIC_DOT,
    /** 1． (full-width stop) */
    ARABIC_FULLWIDTH_DOT,
    /** 1、 */
    ARABIC_COMMA,
    /** （1） */
    ARABIC_PAREN,
    /** (1) */
    ARABIC_PAREN_ASCII,
    /** 第一， / 第一, */
    ORDINAL,
    /** 一是 / 一要 / 一抓 … (the word after the numeral is kept in the marker) */
    PARALLEL,
    /** —— dash-led paragraph */
    DASH;

    /**
     * The numbering regardless of how it is punctuated: 1. 1． 1、 are one family (ARABIC_DOT),
     * （一） and (一) another (CHINESE_PAREN), （1） and (1) a third (ARABIC_PAREN). A speech uses one
     * family per level.
     */
    public MarkerStyle family() {
        return switch (this) {
            case CHINESE_PAREN_ASCII -> CHINESE_PAREN;
            case ARABIC_FULLWIDTH_DOT, ARABIC_COMMA -> ARABIC_DOT;
            case ARABIC_PAREN_ASCII -> ARABIC_PAREN;
            default -> this;
        };
    }

    /** The same numbering in the other character width (（一） ↔ (一), 1. ↔ 1．), or null when there is none. */
    public MarkerStyle widthTwin() {
        return switch (this) {
            case CHINESE_PAREN -> CHINESE_PAREN_ASCII;
            case CHINESE_PAREN_ASCII -> CHINESE_PAREN;
            case ARABIC_DOT -> ARABIC_FULLWIDTH_DOT;
            case ARABIC_FULLWIDTH_DOT -> ARABIC_DOT;
            case ARABIC_PAREN -> ARABIC_PAREN_ASCII;
            case ARABIC_PAREN_ASCII -> ARABIC_PAREN;
            default -> null;
        };
    }

    /** Whether the marker carries a number (everything but the dash). */
    public boolean isNumbered() {
        return this != DASH;
    }

    /** 一是/第一， items: run-in parallel points that are headings only at a paragraph's start. */
    public boolean isSeriesStyle() {
        return this == PARALLEL || this == ORDINAL;
    }
}
