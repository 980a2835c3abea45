package org.speechdraft.core.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.speechdraft.core.placeholder.PlaceholderKind;

/** What a template field holds; files use the lower-case {@link #id()}. */
public enum FieldKind {
    AMOUNT, COUNT, PERCENT, YEAR, DATE,
    /** Words: a meeting's or a unit's name, a person, a place. */
    TEXT;

    /** "amount", "count", "percent", "year", "date", "text". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese name the user sees (金额, 数量 …). */
    public String displayName() {
        return TemplateTexts.get("kind." + id());
    }

    public static Optional<FieldKind> withId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    /** The kind of a field made from a detected placeholder; names and unknowns are words. */
    public static FieldKind of(PlaceholderKind kind) {
        return switch (kind) {
            case AMOUNT -> AMOUNT;
            case COUNT -> COUNT;
            case PERCENT -> PERCENT;
            case YEAR -> YEAR;
            case DATE -> DATE;
            case NAME, UNKNOWN -> TEXT;
        };
    }
}
