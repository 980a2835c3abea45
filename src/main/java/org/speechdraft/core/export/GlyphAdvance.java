package org.speechdraft.core.export;

/**
 * How far a character moves the pen in an exported document, in points: a Chinese character or
 * any full-width form one em of its size; Latin letters, digits and ASCII signs as wide as in Times
 * New Roman, the face the export names for them (Liberation Serif, which LibreOffice takes for it,
 * has the same widths); a quotation mark as the script of the character before it sets it (“”
 * after a Latin letter are Latin ones, narrower), as LibreOffice decides; every character plus the
 * run's letter spacing; and between a Chinese character and a Latin letter or digit the space
 * LibreOffice puts there ("Asian and non-Asian spacing", which it applies even where the document
 * switches it off: measured 3.45 pt at 16 pt).
 */
final class GlyphAdvance {

    /** Times New Roman's advance widths of ASCII 32–126, in 2048ths of an em (the font's own units). */
    private static final short[] TIMES = {
        512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569,
        1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909,
        1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479,
        1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024,
        682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024,
        1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108};
    private static final double UNITS_PER_EM = 2048;
    private static final double AUTOSPACE_EMS = 0.2;
    /** Quotation marks, whose script (and so face and width) comes from the text around them. */
    private static final String QUOTES = "\u2018\u2019\u201C\u201D";
    /** Their widths in Times New Roman, in 2048ths of an em. */
    private static final short[] TIMES_QUOTES = {682, 682, 909, 909};

    private GlyphAdvance() {
    }

    /** The advance of {@code c} at {@code sizePt} with {@code letterSpacingPt} added (negative: tighter). */
    static double of(char c, double sizePt, double letterSpacingPt) {
        return em(c) * sizePt + letterSpacingPt;
    }

    /**
     * The advance of each character of a text, and of that the space between Chinese and Latin
     * before it, which a line starting with the character does not have; and whether it is set in
     * the Latin face.
     */
    record Advances(double[] advance, double[] spaceBefore, boolean[] latin) {
    }

    /**
     * The advance of every character of {@code text}, the space between Chinese and Latin added
     * before the second of each such pair.
     */
    static Advances ofText(String text, double sizePt, double letterSpacingPt) {
        double[] advance = new double[text.length()];
        double[] spaceBefore = new double[text.length()];
        boolean[] latin = new boolean[text.length()];
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            int quote = QUOTES.indexOf(c);
            latin[k] = quote >= 0 ? latinQuote(text, k) : isLatinScript(c);
            advance[k] = quote >= 0 && latin[k] ? TIMES_QUOTES[quote] / UNITS_PER_EM * sizePt : em(c) * sizePt;
            if (k > 0 && spacedApart(text.charAt(k - 1), text.charAt(k))) {
                spaceBefore[k] = AUTOSPACE_EMS * sizePt;
                advance[k] += spaceBefore[k];
            }
        }
        // LibreOffice spaces the characters of a stretch of one script apart, not its last one from what follows
        for (int k = 0; k < text.length(); k++) {
            boolean lastOfStretch = k + 1 == text.length() || latin[k + 1] != latin[k];
            if (!lastOfStretch) {
                advance[k] += letterSpacingPt;
            }
        }
        return new Advances(advance, spaceBefore, latin);
    }

    /**
     * A quotation mark takes the script of the nearest letter before it (at the paragraph's start,
     * after it): Latin after a Latin letter or digit.
     */
    private static boolean latinQuote(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (QUOTES.indexOf(c) < 0 && c != ' ') {
                return isLatin(c);
            }
        }
        for (int k = at + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (QUOTES.indexOf(c) < 0 && c != ' ') {
                return isLatin(c);
            }
        }
        return false;
    }

    /** A Chinese character next to a Latin letter or digit, either way round. */
    private static boolean spacedApart(char a, char b) {
        return isHan(a) && isLatin(b) || isLatin(a) && isHan(b);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Set in the Latin face: ASCII, as opposed to the Chinese face's characters. */
    private static boolean isLatinScript(char c) {
        return c >= 32 && c < 127;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** In ems: Times New Roman's width for ASCII, nothing for the second half of a surrogate pair, else one. */
    static double em(char c) {
        if (c >= 32 && c < 127) {
            return TIMES[c - 32] / UNITS_PER_EM;
        }
        return Character.isLowSurrogate(c) ? 0 : 1;
    }
}
