package org.speechdraft.core.model;

/** Character style inside a paragraph: the two emphases a speech needs. */
public record TextStyle(boolean bold, boolean highlight) {

    public static final TextStyle EMPTY = new TextStyle(false, false);

    public TextStyle withBold(boolean value) {
        return new TextStyle(value, highlight);
    }

    public TextStyle withHighlight(boolean value) {
        return new TextStyle(bold, value);
    }
}
