package org.speechdraft.core.placeholder;

import java.text.Normalizer;

/**
 * A value's key as it is compared with labels and field names: width, spaces and braces do not
 * count, and a unit in brackets at its end ("投入资金（亿元）", "投入资金(亿元)", "投入资金【亿元】") is
 * split off and must then agree with the placeholder's unit.
 *
 * @param whole the normalised key, unit included
 * @param label the normalised key without its bracketed unit
 * @param unit  the normalised unit in brackets, "" if none
 */
record ValueKey(String whole, String label, String unit) {

    private static final String OPENING = "([【〔";
    private static final String CLOSING = ")]】〕";
    /** A loose match needs at least this much in common: "建" alone says nothing. */
    private static final int SHORTEST_LOOSE_LABEL = 2;

    static ValueKey of(String key) {
        String whole = normalise(key);
        if (whole.length() > 4 && whole.startsWith("{{") && whole.endsWith("}}")) {
            whole = whole.substring(2, whole.length() - 2);
        }
        int last = whole.length() - 1;
        int bracket = last > 0 ? CLOSING.indexOf(whole.charAt(last)) : -1;
        int open = bracket >= 0 ? whole.lastIndexOf(OPENING.charAt(bracket)) : -1;
        if (open > 0) {
            return new ValueKey(whole, whole.substring(0, open), whole.substring(open + 1, last));
        }
        return new ValueKey(whole, whole, "");
    }

    /** True if this key names a placeholder with {@code label} and {@code unit} exactly. */
    boolean names(String label, String unit) {
        String other = normalise(label);
        return !other.isEmpty() && (other.equals(whole) || (other.equals(this.label) && unitAgrees(unit)));
    }

    /** True if one of this key and {@code label} ends with the other: "投入资金" and "累计投入资金". */
    boolean nearlyNames(String label, String unit) {
        String other = normalise(label);
        boolean longEnough = Math.min(other.length(), this.label.length()) >= SHORTEST_LOOSE_LABEL;
        return longEnough && (other.endsWith(this.label) || this.label.endsWith(other)) && unitAgrees(unit);
    }

    private boolean unitAgrees(String placeholderUnit) {
        return unit.isEmpty() || unit.equals(normalise(placeholderUnit));
    }

    /** Full-width forms as half-width (（）→ (), ％ → %), no spaces of any width, no colon at the end. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ':') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
