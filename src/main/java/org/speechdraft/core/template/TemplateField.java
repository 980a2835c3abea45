package org.speechdraft.core.template;

import java.util.Objects;

/**
 * A value the speech needs, written {{name}} in the template's text.
 *
 * @param unit         what follows the value in the text ("万元", "%"), "" if none; shown to the user
 * @param hint         what to put in, e.g. "如：全县教育工作会议"; "" if none
 * @param defaultValue filled in when a draft is made, "" for none (the field then stays {{name}} for
 *                     the placeholder panel); may be a token such as {{今年}}, see {@link FieldDefaults}
 */
public record TemplateField(String name, FieldKind kind, String unit, String hint, String defaultValue) {

    public TemplateField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        unit = unit == null ? "" : unit;
        hint = hint == null ? "" : hint;
        defaultValue = defaultValue == null ? "" : defaultValue;
    }

    public boolean hasDefault() {
        return !defaultValue.isEmpty();
    }

    /** How the field is written in the text: {{name}}. */
    public String token() {
        return FieldText.token(name);
    }
}
