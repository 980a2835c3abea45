package org.speechdraft.core.placeholder;

import java.util.Objects;

/**
 * One figure still to be filled in a paragraph, e.g. the "XX" of "累计投入资金XX亿元".
 *
 * @param text      exactly as written: "XX", "**", "20XX", "x月x日", "{{会议名称}}"; for a suspected
 *                  missing figure the blank between the words ("" or a space), which a value replaces
 * @param kind      what it stands for, from its context
 * @param label     the words before it that say what it is ("投入资金", "新建"); for a template field
 *                  its name; "" if none
 * @param unit      what follows it ("亿元", "所", "%", "年"); "" if none
 * @param paragraph the paragraph (a line of a plain text) it is in, 0-based
 * @param start     its first char in that paragraph
 * @param end       the char after it (equal to {@code start} for an empty gap)
 * @param context   a short window around it within the paragraph, for the user to recognise it
 * @param field     true for an explicit {@code {{字段名}}} template field
 */
public record Placeholder(String text, PlaceholderKind kind, String label, String unit, int paragraph, int start,
                          int end, String context, boolean field) {

    public Placeholder {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(context, "context");
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad position: paragraph " + paragraph + ", " + start + ".." + end);
        }
    }

    /**
     * What a filled value is remembered under in the draft ({@code Draft.placeholderValues()}): a
     * field's name, which all its occurrences share; otherwise label, text and unit with the
     * paragraph, which filling the paragraph's other figures does not change.
     */
    public String valueKey() {
        return FilledValue.of(this, "").key();
    }
}
