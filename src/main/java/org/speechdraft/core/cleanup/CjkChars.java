package org.speechdraft.core.cleanup;

import org.speechdraft.core.text.Blanks;
import org.speechdraft.core.text.HanIdeographs;

/** Character classes the clean-up rules share. */
final class CjkChars {

    /** After these a line ends a sentence or a title, so the next line is not its continuation. */
    private static final String ENDINGS = "。！？!?…”’」』》）)：:";
    /** After these the sentence certainly goes on. */
    private static final String CLAUSE_SEPARATORS = "，,、";

    private CjkChars() {
    }

    static boolean isHan(char c) {
        return c != '\u3000' && HanIdeographs.contains(c);
    }

    /** Chinese (full-width) punctuation, quotes and dashes. */
    static boolean isCjkPunctuation(char c) {
        return (c > '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF0F') || (c >= '\uFF1A' && c <= '\uFF20')
                || (c >= '\uFF3B' && c <= '\uFF40') || (c >= '\uFF5B' && c <= '\uFF65')
                || (c >= '\u2010' && c <= '\u2027') || c == '\u00B7';
    }

    static boolean isCjk(char c) {
        return isHan(c) || isCjkPunctuation(c);
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean endsSentence(char c) {
        return ENDINGS.indexOf(c) >= 0;
    }

    static boolean separatesClauses(char c) {
        return CLAUSE_SEPARATORS.indexOf(c) >= 0;
    }

    /** The last non-blank char of {@code text}, or 0 when there is none. */
    static char last(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.charAt(stripped.length() - 1);
    }

    /** {@code text} without any blanks, for comparing lines whatever their spacing. */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Blanks.isBlank(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
