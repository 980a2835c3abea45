package org.speechdraft.core.template;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.FileKind;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.storage.VersionedJson;

/**
 * {@code <AppHome>/templates/library-state.json}: {"formatVersion": 1, "favourites": [ids],
 * "lastUsed": {id: instant}}, written atomically. A damaged file is reported and started afresh;
 * one from a newer version is reported and left alone (never overwritten, so nothing is lost).
 */
final class LibraryStateStore {

    static final String FILE_NAME = "library-state.json";
    private static final int FORMAT_VERSION = 1;
    private static final System.Logger LOG = System.getLogger(LibraryStateStore.class.getName());

    private final Path file;
    private boolean writable = true;

    LibraryStateStore(Path templatesDir) {
        this.file = templatesDir.resolve(FILE_NAME);
    }

    LibraryState load(List<LibraryProblem> problems) {
        writable = true;
        if (!Files.exists(file)) {
            return LibraryState.EMPTY;
        }
        try {
            return VersionedJson.readFile(file, Dto.class, FORMAT_VERSION, null).toModel();
        } catch (DraftFileException e) {
            LOG.log(Level.WARNING, "unusable template library state " + file + ": " + e.messageAbout(FileKind.TEMPLATE));
            boolean newer = e.reason() == DraftFileException.Reason.FUTURE_VERSION;
            writable = !newer;
            problems.add(new LibraryProblem(FILE_NAME,
                    TemplateTexts.get(newer ? "library.stateFromNewerVersion" : "library.stateUnreadable")));
            return LibraryState.EMPTY;
        }
    }

    void save(LibraryState state) throws TemplateException {
        if (!writable) {
            return;
        }
        try {
            VersionedJson.writeFile(file, Dto.of(state));
        } catch (DraftFileException e) {
            String why = e.getCause() instanceof IOException io ? IoProblem.describe(io) : e.getMessage();
            throw new TemplateException(TemplateTexts.get("library.stateNotSaved", why), file, e);
        }
    }

    /** For marks that are nice to keep but not worth an error message (recently used). */
    void saveQuietly(LibraryState state) {
        try {
            save(state);
        } catch (TemplateException e) {
            LOG.log(Level.WARNING, e.getMessage(), e);
        }
    }

    /** Sorted, so the same state always gives the same file. */
    private record Dto(int formatVersion, List<String> favourites, Map<String, Instant> lastUsed) {

        static Dto of(LibraryState state) {
            return new Dto(FORMAT_VERSION, state.favourites().stream().sorted().toList(),
                    new TreeMap<>(state.lastUsed()));
        }

        LibraryState toModel() {
            Set<String> ids = favourites == null ? Set.of()
                    : favourites.stream().filter(Objects::nonNull).collect(Collectors.toSet());
            Map<String, Instant> used = new TreeMap<>();
            if (lastUsed != null) {
                lastUsed.forEach((id, when) -> {
                    if (id != null && when != null) {
                        used.put(id, when);
                    }
                });
            }
            return new LibraryState(ids, used);
        }
    }
}
