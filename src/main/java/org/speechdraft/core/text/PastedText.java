package org.speechdraft.core.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises text pasted from Word or a web page into clean paragraphs: Word indents with 全角空格
 * and ends lines with CRLF, web pages pad with NBSP and separate paragraphs with blank lines.
 */
public final class PastedText {

    // Form feed and NEL are included because Word and some sites use them as page/line breaks.
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\r\n|[\n\r\u000B\f\u0085\u2028\u2029]");
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
        return PARAGRAPH_BREAK.splitAsStream(clipboardText)
                .map(PastedText::cleanParagraph)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    /** The lines of {@code text} exactly as they are, blank ones included, split at every kind of line break. */
    public static List<String> lines(String text) {
        return List.of(PARAGRAPH_BREAK.split(text, -1));
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

    private static String cleanParagraph(String line) {
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
