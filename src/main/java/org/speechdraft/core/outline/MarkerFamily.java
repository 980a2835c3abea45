package org.speechdraft.core.outline;

/**
 * The numbering a level uses, whatever its punctuation: 1. and 1． are one family; 一是 and 一要
 * are two (a speech may put 一要 at level 1 and 一是 below it).
 */
record MarkerFamily(MarkerStyle style, String word) {

    static final MarkerFamily CHINESE_COMMA = new MarkerFamily(MarkerStyle.CHINESE_COMMA, "");

    static MarkerFamily of(HeadingMarker marker) {
        MarkerStyle family = marker.style().family();
        return new MarkerFamily(family, family == MarkerStyle.PARALLEL ? marker.word() : "");
    }
}
