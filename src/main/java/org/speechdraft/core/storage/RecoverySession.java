package org.speechdraft.core.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.speechdraft.core.model.Draft;

/**
 * One running window's claim on the recovery folder. While it is open its lock is held, so other
 * instances do not offer its autosave; once the process is gone, the autosave becomes recoverable.
 */
public final class RecoverySession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RecoverySession.class.getName());

    private final String id;
    private final Path autosaveFile;
    private final SessionLock lock;
    private final DraftCodec codec;
    private boolean closed;

    RecoverySession(String id, Path autosaveFile, SessionLock lock, DraftCodec codec) {
        this.id = id;
        this.autosaveFile = autosaveFile;
        this.lock = lock;
        this.codec = codec;
    }

    public String id() {
        return id;
    }

    /** Where this session's autosave goes: recovery/&lt;id&gt;.sdraft-autosave. */
    public Path autosaveFile() {
        return autosaveFile;
    }

    /**
     * Writes recovery/&lt;id&gt;.sdraft-autosave atomically. Thread-safe (called from a background
     * thread).
     *
     * @param sourcePath the draft's own file, null if never saved
     * @throws IllegalStateException after {@link #close()}: stop the autosave timer first
     */
    public synchronized void autosave(Draft draft, Path sourcePath) throws IOException {
        if (closed) {
            throw new IllegalStateException("recovery session " + id + " is closed");
        }
        Path source = sourcePath == null ? null : sourcePath.toAbsolutePath().normalize();
        // Remember the source as it is now, to tell later whether it was saved after this autosave.
        FileStamp sourceStamp = source == null ? null : FileStamp.of(source).orElse(null);
        AutosaveFile envelope = new AutosaveFile(source, sourceStamp, Instant.now(), draft);
        AtomicFileWriter.writeWithoutBackup(autosaveFile, envelope.encode(codec));
    }

    /** Deletes this session's autosave (after a successful save, or when the user discards on close). */
    public synchronized void clear() {
        try {
            Files.deleteIfExists(autosaveFile);
        } catch (IOException e) {
            // Left over, it is offered once more after the next start; nothing is lost.
            LOG.log(Level.WARNING, "cannot delete autosave " + autosaveFile, e);
        }
    }

    /** Releases and deletes the lock; the autosave stays unless cleared. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot release recovery lock of session " + id, e);
        }
    }
}
