package org.speechdraft.core.storage;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that, whatever happens (full disk, crash, power cut), the target holds either
 * the complete old or the complete new content: temp file in the same folder → write → fsync →
 * copy the previous target to its backup → atomic move into place. On any failure the temp file
 * is deleted and the target is untouched.
 */
public final class AtomicFileWriter {

    @FunctionalInterface
    public interface ContentWriter {
        /** Writes the whole content; may close {@code out} or not. */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_SUFFIX = ".tmp";
    // Virus scanners and indexers on Windows briefly hold freshly written files open.
    private static final int MOVE_ATTEMPTS = 5;
    private static final long MOVE_RETRY_PAUSE_MILLIS = 40;

    private AtomicFileWriter() {
    }

    /** Replaces {@code target}, keeping its previous version as {@link #backupOf(Path)}. */
    public static void write(Path target, ContentWriter content) throws IOException {
        replace(target, content, true);
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Replaces {@code target} atomically without a backup, for files rewritten every few seconds. */
    public static void writeWithoutBackup(Path target, byte[] bytes) throws IOException {
        replace(target, out -> out.write(bytes), false);
    }

    /** e.g. 讲话.sdraft → 讲话.sdraft.bak (same folder) */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    private static void replace(Path target, ContentWriter content, boolean keepBackup) throws IOException {
        Path destination = followLink(target.toAbsolutePath().normalize());
        Files.createDirectories(destination.getParent());
        Path temp = writeTemp(destination, content);
        try {
            if (keepBackup && Files.isRegularFile(destination)) {
                // The backup is itself written atomically, so a failure here cannot ruin the old backup.
                Path backupTemp = writeTemp(destination, out -> Files.copy(destination, out));
                moveIntoPlace(backupTemp, backupOf(destination));
            }
            moveIntoPlace(temp, destination);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
        syncFolder(destination.getParent());
    }

    /** A complete, fsynced temp file next to {@code destination}; nothing is left behind on failure. */
    private static Path writeTemp(Path destination, ContentWriter content) throws IOException {
        Path temp = destination.resolveSibling(tempName());
        boolean written = false;
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(new KeepOpenOutputStream(Channels.newOutputStream(channel)));
            content.writeTo(out);
            out.flush();
            channel.force(true);
            written = true;
        } finally {
            if (!written) {
                deleteQuietly(temp);
            }
        }
        return temp;
    }

    /** Short on purpose: a long Chinese file name plus a suffix could exceed the 255-byte name limit. */
    private static String tempName() {
        return "~sdraft-" + Long.toHexString(ThreadLocalRandom.current().nextLong()).toUpperCase(Locale.ROOT)
                + TEMP_SUFFIX;
    }

    /** Moves {@code temp} onto {@code destination}; deletes {@code temp} if that fails. */
    private static void moveIntoPlace(Path temp, Path destination) throws IOException {
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    moveOnce(temp, destination);
                    return;
                } catch (AccessDeniedException e) {
                    if (attempt == MOVE_ATTEMPTS) {
                        throw e;
                    }
                    pause();
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void moveOnce(Path temp, Path destination) throws IOException {
        try {
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(MOVE_RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while retrying a move", e);
        }
    }

    /** Replacing a symbolic link would turn it into a plain file; write where it points instead. */
    private static Path followLink(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return path;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path; // dangling link: replace the link itself
        }
    }

    /** Makes the rename itself durable on POSIX; Windows cannot open folders and needs no such step. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort only: the content itself is already fsynced
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a stray temp file is harmless; the caller's original error matters more
        }
    }

    /** Lets a ContentWriter close its stream (Jackson does) without closing our channel before fsync. */
    private static final class KeepOpenOutputStream extends FilterOutputStream {

        KeepOpenOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
