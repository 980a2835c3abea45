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
        return count(text, 0, text.length());
    }

    /** The count of {@code text[start, end)}, e.g. one sentence of a paragraph, without copying it. */
    public static int count(CharSequence text, int start, int end) {
        // By code point, so that an ideograph outside the BMP counts once, not twice. A loop, not a
        // stream: the 校对 counts every sentence of the draft at each pause in typing.
        int count = 0;
        for (int i = start; i < end; ) {
            int codePoint = Character.codePointAt(text, i);
            if (isCounted(codePoint)) {
                count++;
            }
            i += Character.charCount(codePoint);
        }
        return count;
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
