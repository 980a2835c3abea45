package org.speechdraft.ui;

import org.speechdraft.core.i18n.Messages;

/** The UI's resource bundle (org/speechdraft/ui/messages.properties). */
public final class UiText {

    public static final Messages MESSAGES = new Messages("org.speechdraft.ui.messages");

    private UiText() {
    }

    public static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
