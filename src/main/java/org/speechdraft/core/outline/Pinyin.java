package org.speechdraft.core.outline;

/**
 * Pinyin that some sites insert after characters of traditional-script pages ("講(jiǎng)話(huà)"):
 * skipped when looking for words, kept in what is shown to the user.
 */
final class Pinyin {

    private static final int MAX_SYLLABLE = 8;

    private Pinyin() {
    }

    /** The text without "(syllable)" groups. */
    static String strip(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = syllableEnd(text, i);
            if (end > i) {
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The end of a "(pīn)" group starting at {@code i}, or {@code i} when there is none. */
    private static int syllableEnd(String text, int i) {
        if (text.charAt(i) != '(') {
            return i;
        }
        int k = i + 1;
        while (k < text.length() && k - i <= MAX_SYLLABLE && isLatinLetter(text.charAt(k))) {
            k++;
        }
        return k > i + 1 && k < text.length() && text.charAt(k) == ')' ? k + 1 : i;
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && c <= '\u024F';
    }
}
