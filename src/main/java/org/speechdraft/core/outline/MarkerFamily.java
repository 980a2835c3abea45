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

    // equals and hashCode written out: a record's own are linked through invokedynamic at their first
    // call, which costs a command-line run (the code still interpreted) tens of milliseconds, and
    // this record is a hash key in every outline analysis.

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkerFamily family && style == family.style && word.equals(family.word);
    }

    @Override
    public int hashCode() {
        return 31 * style.hashCode() + word.hashCode();
    }
}
