package org.speechdraft.core.text;

/**
 * The 字数 of a text as a Chinese office worker expects it: every Han character, every digit and
 * every letter counts one; whitespace, punctuation and symbols do not. The count is additive
 * (count(a + b) == count(a) + count(b)), which is what makes {@link #countDelta} exact.
 */
public final class CharCounter {

    private CharCounter() {
    }

    public static int count(CharSequence text) {
        // By code point, so that an ideograph outside the BMP counts once, not twice.
        return (int) text.codePoints().filter(CharCounter::isCounted).count();
    }

    /** How the count changes when {@code removed} is replaced by {@code inserted}. */
    public static int countDelta(CharSequence removed, CharSequence inserted) {
        return count(inserted) - count(removed);
    }

    private static boolean isCounted(int codePoint) {
        // isIdeographic also covers 〇 as in 二〇二五年, which is not a letter to the JDK.
        return Character.isLetterOrDigit(codePoint)
                || Character.isIdeographic(codePoint)
                || HanIdeographs.contains(codePoint);
    }
}
