package org.speechdraft.core.text;

/** A text cut short for a list or a message, where it is shown to be found, not read whole. */
public final class Excerpt {

    private Excerpt() {
    }

    /** {@code text} on one line, its first {@code max} characters and "…" when longer. */
    public static String of(String text, int max) {
        String flat = text.replace('\n', ' ').strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }
}
