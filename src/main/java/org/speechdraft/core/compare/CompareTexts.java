package org.speechdraft.core.compare;

import org.speechdraft.core.i18n.Messages;

/** The compare package's user-facing texts, in Chinese. */
final class CompareTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.compare.messages");

    private CompareTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
