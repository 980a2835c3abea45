package org.speechdraft.cli;

import java.io.PrintStream;
import org.speechdraft.core.i18n.Messages;

/** The CLI's user-facing texts, and the one way it reports an error. */
final class CliTexts {

    private static final Messages MESSAGES = new Messages("org.speechdraft.cli.messages");

    private CliTexts() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }

    /** Prints "speechdraft: message" on stderr, as command-line tools do, and returns {@code exitCode}. */
    static int error(PrintStream err, String message, int exitCode) {
        err.println(get("error.line", message));
        return exitCode;
    }
}
