package org.speechdraft.core.template;

import java.time.Instant;
import java.util.Objects;

/**
 * A template as the gallery lists it, with the user's marks on it.
 *
 * @param lastUsed when a draft was last made from it (or a section inserted), null if never
 */
public record TemplateEntry(Template template, boolean favourite, Instant lastUsed) {

    public TemplateEntry {
        Objects.requireNonNull(template, "template");
    }
}
