package org.speechdraft.core.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.storage.VersionedJson;
import org.speechdraft.core.template.ConflictChoice.Resolution;
import org.speechdraft.core.template.TemplateFolder.Loaded;

/**
 * All templates the user can start from: the built-in ones (read-only), the user's own
 * ({@code <AppHome>/templates/*.json}) and those of an optional shared folder (read-only, e.g. an
 * office's network drive). A file that cannot be used is skipped and listed in {@link #problems()};
 * the rest loads. Ids are unique: a user template hides a built-in or shared one with its id (only
 * a hand-copied file can do that), a built-in one hides a shared one. Favourites and recently used
 * templates are remembered in {@code library-state.json} beside the user's templates.
 *
 * <p>Not thread-safe: use it from one thread (or guard it). {@link #reload()} picks up changes made
 * outside, e.g. in the shared folder.
 */
public final class TemplateLibrary {

    private final TemplateCodec codec = new TemplateCodec();
    private final Path userDir;
    private final Path sharedDir;
    private final Clock clock;
    private final LibraryStateStore stateStore;

    private final Map<String, Template> builtin = new LinkedHashMap<>();
    private final Map<String, Loaded> user = new LinkedHashMap<>();
    private final Map<String, Template> shared = new LinkedHashMap<>();
    private final List<LibraryProblem> problems = new ArrayList<>();
    private LibraryState state = LibraryState.EMPTY;
    private TemplateCatalog catalog; // null when it must be rebuilt

    private TemplateLibrary(Path userDir, Path sharedDir, Clock clock) {
        this.userDir = userDir;
        this.sharedDir = sharedDir;
        this.clock = clock;
        this.stateStore = new LibraryStateStore(userDir);
    }

    /** @param sharedFolder the office's shared template folder, or null for none */
    public static TemplateLibrary load(AppHome home, Path sharedFolder) {
        return load(home, sharedFolder, Clock.systemDefaultZone());
    }

    /** @param clock what "recently used" is measured with */
    public static TemplateLibrary load(AppHome home, Path sharedFolder, Clock clock) {
        TemplateLibrary library = new TemplateLibrary(home.templatesDir(), sharedFolder, clock);
        library.reload();
        return library;
    }

    /** Reads every source again; problems are those of this reading. */
    public void reload() {
        problems.clear();
        builtin.clear();
        BuiltinTemplates.load(codec, problems).forEach(t -> builtin.put(t.id(), t));
        user.clear();
        user.putAll(TemplateFolder.load(userDir, TemplateSource.USER, codec, problems));
        shared.clear();
        if (sharedDir != null) {
            if (!Files.isDirectory(sharedDir)) {
                problems.add(new LibraryProblem("", TemplateTexts.get("library.sharedMissing", sharedDir.toString())));
            }
            TemplateFolder.load(sharedDir, TemplateSource.SHARED, codec, problems)
                    .forEach((id, loaded) -> shared.put(id, loaded.template()));
        }
        state = stateStore.load(problems);
        catalog = null;
    }

    /** The files skipped at the last (re)load and why, for the user to see. */
    public List<LibraryProblem> problems() {
        return List.copyOf(problems);
    }

    /** Every template, favourites first, then the recently used, then by category and name. */
    public List<TemplateEntry> all() {
        return catalog().all();
    }

    /**
     * The templates whose name, category, keywords, description or headings contain every word of
     * {@code query} (case ignored), in the order of {@link #all()}.
     */
    public List<TemplateEntry> search(String query) {
        return catalog().search(query);
    }

    /** The categories of the templates, the usual ones in their usual order first. */
    public List<String> categories() {
        return catalog().categories();
    }

    public Optional<Template> find(String id) {
        Loaded own = user.get(id);
        if (own != null) {
            return Optional.of(own.template());
        }
        return Optional.ofNullable(builtin.getOrDefault(id, shared.get(id)));
    }

    /**
     * Saves {@code template} as one of the user's. It keeps its id if that is free, or if
     * {@code replace} and the id is one of the user's templates (which it then overwrites);
     * otherwise it gets a new one.
     *
     * @return the template as saved, with its id and source USER
     */
    public Template saveUser(Template template, boolean replace) throws TemplateException {
        boolean overwrite = replace && user.containsKey(template.id());
        String id = overwrite ? template.id() : TemplateIds.unique(template.id(), this::isTaken);
        Template saved = template.withId(id).withSource(TemplateSource.USER);
        Path file = overwrite ? user.get(id).file() : userDir.resolve(id + TemplateCodec.EXTENSION);
        codec.write(file, saved);
        user.put(id, new Loaded(saved, file));
        catalog = null;
        return saved;
    }

    /** Saves the user's changed template (name, category, description, keywords) over the old one. */
    public Template update(Template edited) throws TemplateException {
        requireUsers(edited.id());
        return saveUser(edited, true);
    }

    /** A copy of any template, built-in ones included, as one of the user's, under a new id. */
    public Template duplicate(String id, String newName) throws TemplateException {
        return saveUser(require(id).withName(newName), false);
    }

    /** Renames one of the user's templates; built-in and shared ones are refused. */
    public Template rename(String id, String newName) throws TemplateException {
        return saveUser(requireUsers(id).withName(newName), true);
    }

    /**
     * Deletes one of the user's templates (built-in and shared ones are refused).
     *
     * @return what {@link #restore} needs to undo it
     */
    public DeletedTemplate delete(String id) throws TemplateException {
        Template template = requireUsers(id);
        Path file = user.get(id).file();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new TemplateException(TemplateTexts.get("library.deleteFailed", template.name(),
                    IoProblem.describe(e)), file, e);
        }
        user.remove(id);
        DeletedTemplate deleted = new DeletedTemplate(template, state.isFavourite(id), state.lastUsed(id));
        changeState(state.without(id));
        return deleted;
    }

    /** Undoes {@link #delete}: the template comes back with its marks (under a new id if its own was taken since). */
    public Template restore(DeletedTemplate deleted) throws TemplateException {
        Template restored = saveUser(deleted.template(), false);
        changeState(state.withFavourite(restored.id(), deleted.favourite())
                .withLastUsed(restored.id(), deleted.lastUsed()));
        return restored;
    }

    public void setFavourite(String id, boolean favourite) throws TemplateException {
        require(id);
        LibraryState changed = state.withFavourite(id, favourite);
        stateStore.save(changed);
        state = changed;
        catalog = null;
    }

    /** Remembers that a draft was just made from the template (or a section inserted); a failure to save is only logged. */
    public void markUsed(String id) throws TemplateException {
        require(id);
        changeState(state.withLastUsed(id, clock.instant()));
    }

    /** Writes one template as a .json file, several as a .zip of them, atomically. */
    public void exportTo(Path target, List<String> ids) throws TemplateException {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("nothing to export");
        }
        List<Template> templates = new ArrayList<>();
        for (String id : ids) {
            templates.add(require(id));
        }
        byte[] bytes = templates.size() == 1 ? codec.encode(templates.get(0)) : TemplateArchive.zip(templates, codec);
        try {
            VersionedJson.writeBytes(target, bytes);
        } catch (DraftFileException e) {
            throw TemplateException.of(e);
        }
    }

    /**
     * Imports a template file or a zip of them as the user's. For an id already in the library
     * {@code choice} decides; an entry that cannot be used is reported by name and the rest are
     * imported.
     *
     * @throws TemplateException the file cannot be read, or is a damaged or oversized zip (nothing imported)
     */
    public ImportResult importFrom(Path file, ConflictChoice choice) throws TemplateException {
        List<LibraryProblem> found = new ArrayList<>();
        List<Template> imported = new ArrayList<>();
        List<Template> skipped = new ArrayList<>();
        for (TemplateArchive.Entry entry : TemplateArchive.read(file, found)) {
            try {
                Template incoming = codec.decode(entry.bytes(), TemplateArchive.messagePath(entry.name()),
                        TemplateSource.USER);
                Optional<Template> existing = find(incoming.id());
                Resolution resolution = existing.isEmpty() ? Resolution.KEEP_BOTH
                        : choice.choose(incoming, existing.get());
                if (resolution == Resolution.SKIP) {
                    skipped.add(incoming);
                } else {
                    imported.add(saveUser(incoming, resolution == Resolution.REPLACE));
                }
            } catch (TemplateException e) {
                found.add(new LibraryProblem(entry.name(), e.getMessage()));
            }
        }
        return new ImportResult(imported, skipped, found);
    }

    private TemplateCatalog catalog() {
        if (catalog == null) {
            Map<String, Template> visible = new LinkedHashMap<>();
            user.forEach((id, loaded) -> visible.put(id, loaded.template()));
            builtin.forEach(visible::putIfAbsent);
            shared.forEach(visible::putIfAbsent);
            catalog = new TemplateCatalog(visible.values(), state);
        }
        return catalog;
    }

    private boolean isTaken(String id) {
        return find(id).isPresent() || Files.exists(userDir.resolve(id + TemplateCodec.EXTENSION));
    }

    private Template require(String id) throws TemplateException {
        return find(id).orElseThrow(() -> TemplateException.refused(TemplateTexts.get("library.notFound", id)));
    }

    private Template requireUsers(String id) throws TemplateException {
        Template template = require(id);
        if (template.isReadOnly()) {
            throw TemplateException.refused(TemplateTexts.get("library.readOnly", template.name(),
                    template.source().displayName()));
        }
        return template;
    }

    private void changeState(LibraryState changed) {
        state = changed;
        catalog = null;
        stateStore.saveQuietly(changed);
    }

    @Override
    public String toString() {
        return "TemplateLibrary[" + userDir + (sharedDir == null ? "" : ", shared " + sharedDir) + "]";
    }
}
