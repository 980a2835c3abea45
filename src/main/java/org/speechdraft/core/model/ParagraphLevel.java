package org.speechdraft.core.model;

/**
 * The paragraph kinds of a speech manuscript, following 公文 practice. The order is the order in
 * which they are offered to the user; heading depth 1..4 maps to 一、/（一）/1./（1）.
 */
public enum ParagraphLevel {
    TITLE(0),
    SUBTITLE(0),
    SALUTATION(0),
    HEADING_1(1),
    HEADING_2(2),
    HEADING_3(3),
    HEADING_4(4),
    BODY(0),
    CLOSING(0),
    /** 落款: the signature and the date under a text, set to the right. */
    SIGNATURE(0);

    private final int headingDepth;

    ParagraphLevel(int headingDepth) {
        this.headingDepth = headingDepth;
    }

    /** 1..4 for the heading levels, 0 for everything else. */
    public int headingDepth() {
        return headingDepth;
    }

    public boolean isHeading() {
        return headingDepth > 0;
    }

    /** The closing remarks and the 落款 under them: they end every section and belong to none. */
    public boolean isEnding() {
        return this == CLOSING || this == SIGNATURE;
    }

    public static ParagraphLevel heading(int depth) {
        return switch (depth) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            case 3 -> HEADING_3;
            case 4 -> HEADING_4;
            default -> throw new IllegalArgumentException("heading depth must be 1..4: " + depth);
        };
    }
}
