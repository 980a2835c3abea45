package org.speechdraft.core.template;

import java.time.Instant;
import java.util.Objects;

/** What {@link TemplateLibrary#delete} took away, enough to {@link TemplateLibrary#restore} it (undo). */
public record DeletedTemplate(Template template, boolean favourite, Instant lastUsed) {

    public DeletedTemplate {
        Objects.requireNonNull(template, "template");
    }
}
