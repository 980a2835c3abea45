package org.speechdraft.core.storage;

import java.nio.file.Path;
import java.util.Optional;

/** The layout of the recovery folder: {@code <id>.sdraft-autosave} and {@code <id>.lock} per session. */
final class RecoveryFiles {

    static final String AUTOSAVE_SUFFIX = ".sdraft-autosave";
    static final String LOCK_SUFFIX = ".lock";

    private RecoveryFiles() {
    }

    static Path autosaveFile(Path recoveryDir, String id) {
        return recoveryDir.resolve(id + AUTOSAVE_SUFFIX);
    }

    static Path lockFile(Path recoveryDir, String id) {
        return recoveryDir.resolve(id + LOCK_SUFFIX);
    }

    /** The session id of an autosave or lock file, empty for any other file. */
    static Optional<String> sessionIdOf(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.endsWith(suffix) && name.length() > suffix.length()
                ? Optional.of(name.substring(0, name.length() - suffix.length()))
                : Optional.empty();
    }
}
