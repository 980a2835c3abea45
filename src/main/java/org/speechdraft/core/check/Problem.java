package org.speechdraft.core.check;

import java.util.Objects;

/**
 * Something a proofreader would mark, at chars {@code start}..{@code end} of a paragraph.
 *
 * @param fix the text to put at {@code start}..{@code end} when the fix is certain (a full-width
 *            comma for a half-width one); null when only the user can decide
 */
public record Problem(CheckKind kind, String message, int paragraph, int start, int end, String fix) {

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad position: " + paragraph + ", " + start + ".." + end);
        }
    }

    /** The same problem in paragraph {@code index} (the paragraph moved, its text did not). */
    public Problem atParagraph(int index) {
        return index == paragraph ? this : new Problem(kind, message, index, start, end, fix);
    }

    public boolean hasFix() {
        return fix != null;
    }
}
