package org.speechdraft.core.template;

import java.nio.file.Path;

import org.speechdraft.core.i18n.Messages;

/** The template library's user-facing texts (org/speechdraft/core/template/messages.properties). */
final class TemplateTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.template.messages");

    private TemplateTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    /** “name.json”, or "" without a file. */
    static String quotedName(Path file) {
        return file == null || file.getFileName() == null ? "" : get("file.quoted", file.getFileName().toString());
    }
}
