package org.speechdraft.core.importing;

import java.nio.file.Path;
import org.speechdraft.core.i18n.Messages;

/** The import's user-facing texts (org/speechdraft/core/importing/messages.properties). */
final class ImportTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.core.importing.messages");

    private ImportTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
