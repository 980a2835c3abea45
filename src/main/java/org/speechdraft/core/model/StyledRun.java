package org.speechdraft.core.model;

import java.util.Objects;

/** A stretch of text in one character style. */
public record StyledRun(String text, TextStyle style) {

    public StyledRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
    }

    public static StyledRun plain(String text) {
        return new StyledRun(text, TextStyle.EMPTY);
    }
}
