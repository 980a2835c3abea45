package org.speechdraft.core.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OS lock on a session's lock file, held while the session runs: it vanishes by itself when the
 * process dies, which is how a crashed session is told apart from a running one.
 */
final class SessionLock implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SessionLock.class.getName());

    /**
     * Lock files of sessions running in this JVM. They must never be probed by opening them: on
     * Linux and macOS, closing any channel to a file drops all of this process's locks on it, so a
     * probe would unlock a live session.
     */
    private static final Set<Path> RUNNING_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel; // null when the OS lock could not be taken
    private final FileLock lock;

    private SessionLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Never fails: without an OS lock (read-only folder, file system without locks) the session is
     * still known as running inside this JVM, and autosave can still protect the user.
     */
    static SessionLock acquire(Path file) {
        Path key = file.toAbsolutePath().normalize();
        RUNNING_HERE.add(key);
        FileChannel channel = null;
        try {
            Files.createDirectories(key.getParent());
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new SessionLock(key, channel, lock);
            }
            LOG.log(Level.WARNING, "recovery lock " + key + " is already held");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot take recovery lock " + key, e);
        }
        closeQuietly(channel);
        return new SessionLock(key, null, null);
    }

    /** Whether a running session, in this or another process, holds {@code file}. */
    static boolean isHeld(Path file) {
        Path key = file.toAbsolutePath().normalize();
        if (RUNNING_HERE.contains(key)) {
            return true;
        }
        if (!Files.exists(key)) {
            return false;
        }
        try (FileChannel probeChannel = FileChannel.open(key, StandardOpenOption.WRITE)) {
            FileLock probe = probeChannel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this JVM through a channel we do not know about
        } catch (IOException e) {
            // Cannot tell (e.g. a file system without locks). Offering an autosave twice is
            // better than hiding one after a crash.
            return false;
        }
    }

    /** Releases the lock and deletes the lock file. */
    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
                channel.close(); // before deleting: Windows refuses to delete open files
                Files.deleteIfExists(file);
            }
        } finally {
            RUNNING_HERE.remove(file);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing held, nothing to lose
        }
    }
}
