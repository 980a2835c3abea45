package org.speechdraft.core.storage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An autosave left behind by a session that is no longer running, offered for restoring.
 *
 * @param file       the autosave file
 * @param sourcePath the draft's own file, or null if it was never saved
 * @param title      the meta title, else the first non-blank paragraph, else "未命名"
 */
public record RecoveryEntry(String id, Path file, Path sourcePath, Instant autosavedAt, String title,
                            int paragraphCount) {
}
