package org.speechdraft.core.export;

import org.speechdraft.core.i18n.Messages;

/** The export package's user-facing texts, in Chinese. */
final class ExportTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.export.messages");

    private ExportTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
