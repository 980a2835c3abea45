package org.speechdraft.core.template;

import java.util.Objects;

import org.speechdraft.core.model.ParagraphLevel;

/**
 * One paragraph of a template's outline.
 *
 * @param text   as it goes into the draft, with fields written {{name}}
 * @param hint   写作提示: what this part of the speech should say; shown in the gallery, never put
 *               into the draft; "" if none
 * @param sample true for sample body text in our words, meant to be rewritten
 */
public record TemplateParagraph(ParagraphLevel level, String text, String hint, boolean sample) {

    public TemplateParagraph {
        Objects.requireNonNull(level, "level");
        text = text == null ? "" : text;
        hint = hint == null ? "" : hint;
    }

    public static TemplateParagraph heading(int depth, String text, String hint) {
        return new TemplateParagraph(ParagraphLevel.heading(depth), text, hint, false);
    }

    public static TemplateParagraph sample(String text) {
        return new TemplateParagraph(ParagraphLevel.BODY, text, "", true);
    }

    public static TemplateParagraph of(ParagraphLevel level, String text) {
        return new TemplateParagraph(level, text, "", false);
    }
}
