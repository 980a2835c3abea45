package org.speechdraft.core.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;

/**
 * Crash recovery: each running window has a {@link RecoverySession} whose autosaves land in the
 * recovery folder; after a crash or kill, the next start lists what can be restored.
 */
public final class RecoveryStore {

    private static final System.Logger LOG = System.getLogger(RecoveryStore.class.getName());

    private final Path dir;
    private final DraftCodec codec = new DraftCodec();

    public RecoveryStore(AppHome home) {
        this.dir = home.recoveryDir();
    }

    /** A new session (UUID id) holding an OS file lock on recovery/&lt;id&gt;.lock while the app runs. */
    public RecoverySession startSession() {
        String id = UUID.randomUUID().toString();
        return new RecoverySession(id, RecoveryFiles.autosaveFile(dir, id),
                SessionLock.acquire(RecoveryFiles.lockFile(dir, id)), codec);
    }

    /**
     * Autosaves left by sessions that are not running any more and are worth offering: no source
     * file, the source file is missing, or it was not saved after the autosave. Newest first. Stale
     * entries (source saved after the autosave) are deleted. Unreadable entries are skipped and kept.
     */
    public List<RecoveryEntry> findRecoverable() {
        List<RecoveryEntry> entries = new ArrayList<>();
        for (Path file : filesEndingWith(RecoveryFiles.AUTOSAVE_SUFFIX)) {
            String id = RecoveryFiles.sessionIdOf(file, RecoveryFiles.AUTOSAVE_SUFFIX).orElseThrow();
            if (!SessionLock.isHeld(RecoveryFiles.lockFile(dir, id))) {
                entryFor(id, file).ifPresent(entries::add);
            }
        }
        deleteOrphanLocks();
        entries.sort(Comparator.comparing(RecoveryEntry::autosavedAt).reversed());
        return List.copyOf(entries);
    }

    public Draft load(RecoveryEntry entry) throws DraftFileException {
        return readAutosave(entry.file()).draft();
    }

    /** Deletes the entry's files. */
    public void discard(RecoveryEntry entry) {
        deleteSessionFiles(entry.id());
    }

    private Optional<RecoveryEntry> entryFor(String id, Path file) {
        AutosaveFile autosave;
        try {
            autosave = readAutosave(file);
        } catch (DraftFileException e) {
            // The user's data, not a bug: the reason is enough, and the file stays for a manual rescue.
            LOG.log(Level.WARNING, "skipping unreadable autosave " + file + " (" + e.reason() + "): " + e.getMessage());
            return Optional.empty();
        }
        if (sourceHoldsTheAutosavedDraft(autosave)) {
            deleteSessionFiles(id);
            return Optional.empty();
        }
        Draft draft = autosave.draft();
        return Optional.of(new RecoveryEntry(id, file, autosave.sourcePath(), autosave.autosavedAt(),
                titleOf(draft), draft.paragraphs().size()));
    }

    private AutosaveFile readAutosave(Path file) throws DraftFileException {
        return AutosaveFile.decode(DraftCodec.readBytes(file), file, codec);
    }

    /**
     * Only when nothing can be lost: the source file holds exactly the autosaved draft (the user
     * saved, then the app died before clearing the autosave). A source saved later with other
     * content — a colleague on a shared drive, or a clock running ahead — still gets the offer.
     */
    private boolean sourceHoldsTheAutosavedDraft(AutosaveFile autosave) {
        Path source = autosave.sourcePath();
        if (source == null || !Files.isRegularFile(source)) {
            return false;
        }
        try {
            return codec.read(source).equals(autosave.draft());
        } catch (DraftFileException e) {
            return false;
        }
    }

    private static String titleOf(Draft draft) {
        if (!draft.meta().title().isBlank()) {
            return draft.meta().title().strip();
        }
        return draft.paragraphs().stream()
                .filter(p -> !p.isBlank())
                .findFirst()
                .map(DraftParagraph::text)
                .map(String::strip)
                .orElseGet(() -> Messages.CORE.get("storage.recovery.untitled"));
    }

    /** Lock files of sessions that ended without leaving an autosave, e.g. after a crash before the first autosave. */
    private void deleteOrphanLocks() {
        for (Path lockFile : filesEndingWith(RecoveryFiles.LOCK_SUFFIX)) {
            String id = RecoveryFiles.sessionIdOf(lockFile, RecoveryFiles.LOCK_SUFFIX).orElseThrow();
            if (!Files.exists(RecoveryFiles.autosaveFile(dir, id)) && !SessionLock.isHeld(lockFile)) {
                deleteQuietly(lockFile);
            }
        }
    }

    private void deleteSessionFiles(String id) {
        deleteQuietly(RecoveryFiles.autosaveFile(dir, id));
        deleteQuietly(RecoveryFiles.lockFile(dir, id));
    }

    private List<Path> filesEndingWith(String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> RecoveryFiles.sessionIdOf(f, suffix).isPresent()).toList();
        } catch (NoSuchFileException e) {
            return List.of(); // nothing was ever autosaved
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list recovery folder " + dir, e);
            return List.of();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + file, e);
        }
    }
}
