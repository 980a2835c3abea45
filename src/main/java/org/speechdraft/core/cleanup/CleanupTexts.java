package org.speechdraft.core.cleanup;

import org.speechdraft.core.i18n.Messages;

/** The clean-up rules' names, descriptions and summaries (org/speechdraft/core/cleanup/messages.properties). */
final class CleanupTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.cleanup.messages");

    private CleanupTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
