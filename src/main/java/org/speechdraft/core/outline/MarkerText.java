package org.speechdraft.core.outline;

/** Writes a marker's text from its style and number. */
final class MarkerText {

    private MarkerText() {
    }

    /**
     * @param word      the word of a parallel point (是 要 抓), else ""
     * @param fullWidth for an ordinal, whether its comma is full-width (第一， rather than 第一,)
     */
    static String render(MarkerStyle style, int number, String word, boolean fullWidth) {
        return switch (style) {
            case CHINESE_COMMA -> ChineseNumerals.of(number) + "、";
            case CHINESE_PAREN -> "（" + ChineseNumerals.of(number) + "）";
            case CHINESE_PAREN_ASCII -> "(" + ChineseNumerals.of(number) + ")";
            case ARABIC_DOT -> number + ".";
            case ARABIC_FULLWIDTH_DOT -> number + "．";
            case ARABIC_COMMA -> number + "、";
            case ARABIC_PAREN -> "（" + number + "）";
            case ARABIC_PAREN_ASCII -> "(" + number + ")";
            case ORDINAL -> "第" + ChineseNumerals.of(number) + (fullWidth ? "，" : ",");
            case PARALLEL -> ChineseNumerals.of(number) + word;
            case DASH -> "——";
        };
    }
}
