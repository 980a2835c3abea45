package org.speechdraft.core.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into the units a reader sees change. Chinese has no spaces between words, so
 * every Chinese character is a token of its own; a figure ("12", "3.5", "1,234", full-width
 * "２０２４") and a run of Latin letters ("GDP") are one token each, so that "12亿元" → "15亿元"
 * reads as 12 → 15 and not as 2 → 5; a run of spaces is one token.
 */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = endOfToken(text, i);
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** True for a token that is a single punctuation mark (where a sentence or clause ends or pauses). */
    static boolean isPunctuation(String token) {
        if (token.codePointCount(0, token.length()) != 1) {
            return false;
        }
        int type = Character.getType(token.codePointAt(0));
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }

    private static int endOfToken(String text, int start) {
        int cp = text.codePointAt(start);
        int end = start + Character.charCount(cp);
        if (isDigit(cp)) {
            while (end < text.length()) {
                int next = text.codePointAt(end);
                if (isDigit(next)) {
                    end += Character.charCount(next);
                } else if (isNumberJoint(next) && end + 1 < text.length() && isDigit(text.codePointAt(end + 1))) {
                    end += 1; // "3.5", "1,234": the point or comma belongs to the figure
                } else {
                    break;
                }
            }
        } else if (isLatin(cp)) {
            while (end < text.length() && isLatin(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
        } else if (Character.isWhitespace(cp) || cp == '\u3000') {
            while (end < text.length() && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\u3000')) {
                end++;
            }
        }
        return end;
    }

    private static boolean isDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= '０' && cp <= '９');
    }

    private static boolean isNumberJoint(int cp) {
        return cp == '.' || cp == ',' || cp == '．';
    }

    private static boolean isLatin(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 'Ａ' && cp <= 'Ｚ')
                || (cp >= 'ａ' && cp <= 'ｚ');
    }
}
