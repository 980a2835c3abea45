package org.speechdraft.core.outline;

/** The salutation that opens a speech: 同志们： / 各位代表： */
public final class Salutation {

    private Salutation() {
    }

    /** True for a paragraph that opens with a salutation (同志们、各位…). */
    public static boolean opens(String text) {
        int i = Chars.skipBlanks(text, 0);
        return text.startsWith("同志们", i) || text.startsWith("同志們", i) || text.startsWith("各位", i);
    }

    /** Where "同志们" starts in a flattened line that runs the title into it, or -1. */
    static int indexIn(String text) {
        int simplified = text.indexOf("同志们");
        return simplified >= 0 ? simplified : text.indexOf("同志們");
    }
}
