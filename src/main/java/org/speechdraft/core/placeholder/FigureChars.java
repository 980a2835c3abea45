package org.speechdraft.core.placeholder;

/**
 * Character classes for reading figures and the words around them in Chinese running text. Switches
 * and ranges rather than regular expressions: the scanner asks for every character of the text.
 */
final class FigureChars {

    /** How many spaces may stand between a figure and its unit or label, as PDF extraction leaves them ("XX 万元"). */
    static final int MAX_GAP = 2;

    private FigureChars() {
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** A Latin X written for a digit: X, x and their full-width forms. */
    static boolean isLetterMark(char c) {
        return switch (c) {
            case 'X', 'x', 'Ｘ', 'ｘ' -> true;
            default -> false;
        };
    }

    static boolean isStar(char c) {
        return c == '*' || c == '＊';
    }

    /** Any character that stands for a digit in a placeholder: X x Ｘ ｘ * ＊ ×. */
    static boolean isMark(char c) {
        return isLetterMark(c) || isStar(c) || c == '×';
    }

    /** A character of a figure as written: a digit or a mark. */
    static boolean isFigureChar(char c) {
        return isDigit(c) || isMark(c);
    }

    /**
     * A letter of a Latin-script word: ASCII and full-width letters and the accented letters of
     * Latin-1 and Latin Extended (the tone marks of pinyin such as "xué", "lǚ" included).
     */
    static boolean isLatinLetter(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                || (c >= '\u00C0' && c <= '\u024F' && c != '×' && c != '÷')
                || (c >= '\u0300' && c <= '\u036F');
    }

    /** A Han character at {@code index}, also outside the BMP (a surrogate pair, from either half). */
    static boolean isHanAt(CharSequence text, int index) {
        char c = text.charAt(index);
        if ((c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || c == '〇') {
            return true;
        }
        if (Character.isHighSurrogate(c) && index + 1 < text.length()) {
            return Character.isIdeographic(Character.toCodePoint(c, text.charAt(index + 1)));
        }
        if (Character.isLowSurrogate(c) && index > 0 && Character.isHighSurrogate(text.charAt(index - 1))) {
            return Character.isIdeographic(Character.toCodePoint(text.charAt(index - 1), c));
        }
        return false;
    }

    /** Chinese punctuation and quotes: what stands between Chinese words, like a space in English. */
    static boolean isChinesePunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F')
                || (c >= '\u2010' && c <= '\u2027')
                || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65');
    }

    /** A space as texts write it: ASCII, tab, NBSP, 全角空格 and the thin spaces of PDFs. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F';
    }

    static boolean isSentenceStop(char c) {
        return switch (c) {
            case '。', '！', '？', '；', '!', '?', ';' -> true;
            default -> false;
        };
    }

    /** The index after at most {@link #MAX_GAP} blanks from {@code from}. */
    static int skipGap(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && i - from < MAX_GAP && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index before at most {@link #MAX_GAP} blanks that end just before {@code to}. */
    static int skipGapBackward(CharSequence text, int to) {
        int i = to;
        while (i > 0 && to - i < MAX_GAP && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
