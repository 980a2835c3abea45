package org.speechdraft.core.placeholder;

import org.speechdraft.core.i18n.Messages;

/** The placeholder package's user-facing texts, in Chinese. */
final class PlaceholderTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.placeholder.messages");

    private PlaceholderTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
