package org.speechdraft.core.placeholder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value the user filled into a placeholder, as the draft remembers it, so a re-opened draft can
 * still show what was filled and where.
 *
 * <p>The draft stores it as {@link #key()} → value: a template field by its name ("会议名称"), any
 * other placeholder as "label▸text▸unit@paragraph" ("投入资金▸XX▸亿元@3").
 *
 * @param label       the field's name, or the words before the placeholder ("" if none)
 * @param placeholder what was written before filling ("XX"); "" for a field
 * @param unit        the unit after it ("亿元"), "" if none
 * @param paragraph   the paragraph it was in, 0-based; {@link #FIELD} for a field, which may occur anywhere
 * @param value       what was filled in
 */
public record FilledValue(String label, String placeholder, String unit, int paragraph, String value) {

    /** The paragraph of a field's value: fields are filled everywhere at once. */
    public static final int FIELD = -1;

    private static final String SEPARATOR = "▸";
    private static final String AT = "@";

    public FilledValue {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
    }

    /** What filling {@code p} with {@code value} records. */
    public static FilledValue of(Placeholder p, String value) {
        return p.field() ? new FilledValue(p.label(), "", "", FIELD, value)
                : new FilledValue(p.label(), p.text(), p.unit(), p.paragraph(), value);
    }

    /** Reads a stored entry back; a key in no known form is taken as a field name. */
    public static FilledValue parse(String key, String value) {
        int at = key.lastIndexOf(AT);
        String[] parts = at < 0 ? new String[0] : key.substring(0, at).split(SEPARATOR, -1);
        if (parts.length == 3) {
            try {
                int paragraph = Integer.parseInt(key.substring(at + 1));
                if (paragraph >= 0) {
                    return new FilledValue(parts[0], parts[1], parts[2], paragraph, value);
                }
            } catch (NumberFormatException e) {
                // not a position: a field whose name happens to contain "@"
            }
        }
        return new FilledValue(key, "", "", FIELD, value);
    }

    public boolean field() {
        return paragraph == FIELD;
    }

    /** The key the draft stores this value under. */
    public String key() {
        return field() ? label : label + SEPARATOR + placeholder + SEPARATOR + unit + AT + paragraph;
    }

    /** "投入资金 ▸ 12.5 ▸ 亿元", as the 已填 list shows it. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (!label.isEmpty()) {
            sb.append(label).append(" ▸ ");
        }
        sb.append(value);
        if (!unit.isEmpty()) {
            sb.append(" ▸ ").append(unit);
        }
        return sb.toString();
    }

    /**
     * Where the value stands in the text now: in its paragraph, right after its label or right
     * before its unit where possible; a field's value anywhere. Empty when the value is no longer
     * there (the fill was undone or the text rewritten), so the list shows only what is true.
     */
    public Optional<Location> locate(List<String> paragraphs) {
        if (field()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                int at = paragraphs.get(i).indexOf(value);
                if (at >= 0) {
                    return Optional.of(new Location(i, at, at + value.length()));
                }
            }
            return Optional.empty();
        }
        if (paragraph >= paragraphs.size()) {
            return Optional.empty();
        }
        String text = paragraphs.get(paragraph);
        int at = find(text, label + value + unit, label.length());
        if (at < 0) {
            at = find(text, value + unit, 0);
        }
        return at < 0 ? Optional.empty() : Optional.of(new Location(paragraph, at, at + value.length()));
    }

    /** Where {@code value} starts inside the first occurrence of {@code pattern}, or -1. */
    private static int find(String text, String pattern, int valueOffset) {
        int at = text.indexOf(pattern);
        return at < 0 ? -1 : at + valueOffset;
    }

    /** A value's place in the text: chars {@code start}..{@code end} of {@code paragraph}. */
    public record Location(int paragraph, int start, int end) {
    }
}
