package org.speechdraft.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises text pasted from Word or a web page into clean paragraphs: Word indents with 全角空格
 * and ends lines with CRLF, web pages pad with NBSP and separate paragraphs with blank lines.
 */
public final class PastedText {

    private static final Pattern CONTROL_CHARS = Pattern.compile("\\p{Cc}+");
    // A run of spaces holding at least one no-break space, as web pages write "&nbsp; &nbsp;".
    private static final Pattern NO_BREAK_SPACE_RUN =
            Pattern.compile("[ \u00A0\u2007\u202F]*[\u00A0\u2007\u202F][ \u00A0\u2007\u202F]*");

    private PastedText() {
    }

    /** The non-blank paragraphs of {@code clipboardText}, trimmed; empty for null or blank text. */
    public static List<String> paragraphs(String clipboardText) {
        if (clipboardText == null) {
            return List.of();
        }
        // Cut by hand, over the characters, rather than by patterns: a command-line run reads a whole
        // speech this way before the JIT has compiled anything. A CRLF leaves an empty line, dropped
        // as blank.
        List<String> paragraphs = new ArrayList<>();
        char[] chars = clipboardText.toCharArray();
        int start = 0;
        boolean needsPatterns = false;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || isParagraphBreak(chars[i])) {
                String paragraph = cleanParagraph(new String(chars, start, i - start), needsPatterns);
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                }
                start = i + 1;
                needsPatterns = false;
            } else if (isControlOrNoBreakSpace(chars[i])) {
                needsPatterns = true;
            }
        }
        return List.copyOf(paragraphs);
    }

    /** The lines of {@code text} exactly as they are, blank ones included, split at every kind of line break. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isParagraphBreak(c)) {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++; // CRLF is one break
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return List.copyOf(lines);
    }

    /** The paragraphs as one line, for a one-line field such as the title. */
    public static String singleLine(String text) {
        StringBuilder line = new StringBuilder();
        for (String paragraph : paragraphs(text)) {
            if (!line.isEmpty() && isWesternWordChar(line.charAt(line.length() - 1))
                    && isWesternWordChar(paragraph.charAt(0))) {
                // Chinese joins directly, but an English phrase wrapped over two lines needs its space back.
                line.append(' ');
            }
            line.append(paragraph);
        }
        return line.toString();
    }

    /** Form feed and NEL count because Word and some sites use them as page or line breaks. */
    private static boolean isParagraphBreak(char c) {
        return switch (c) {
            case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }

    /** Whether {@link #CONTROL_CHARS} ({@code \p{Cc}}) or {@link #NO_BREAK_SPACE_RUN} could match at {@code c}. */
    private static boolean isControlOrNoBreakSpace(char c) {
        return c < '\u0020' || c >= '\u007F' && c <= '\u009F' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** @param needsPatterns whether the line has a control character or a no-break space; most have not */
    private static String cleanParagraph(String line, boolean needsPatterns) {
        if (!needsPatterns) {
            return trim(line);
        }
        String withoutControls = CONTROL_CHARS.matcher(line).replaceAll("");
        return trim(NO_BREAK_SPACE_RUN.matcher(withoutControls).replaceAll(" "));
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Blanks.isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && Blanks.isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Half-width letters, digits and punctuation of Western text (Latin-1 and Latin Extended). */
    private static boolean isWesternWordChar(char c) {
        return c <= '\u024F' && !Character.isWhitespace(c);
    }
}
