package org.speechdraft.core.export;

/** How a 修订稿 marks text or a paragraph: unchanged, or a tracked insertion or deletion. */
enum Tracked {
    NONE(null, "w:t"),
    INSERTED("w:ins", "w:t"),
    /** Deleted text is w:delText, so that a viewer that shows no changes shows none of it. */
    DELETED("w:del", "w:delText");

    private final String element;
    private final String textElement;

    Tracked(String element, String textElement) {
        this.element = element;
        this.textElement = textElement;
    }

    /** The element that wraps tracked runs and marks a tracked paragraph mark; null for NONE. */
    String element() {
        return element;
    }

    /** The element a run's characters are written in. */
    String textElement() {
        return textElement;
    }
}
