package org.speechdraft.ui.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.speechdraft.core.template.ConflictChoice;
import org.speechdraft.core.template.DeletedTemplate;
import org.speechdraft.core.template.ImportResult;
import org.speechdraft.core.template.LibraryProblem;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateException;
import org.speechdraft.core.template.TemplateLibrary;
import org.speechdraft.ui.UiText;

/**
 * The gallery's state and the library commands it offers, without any control: what is searched
 * for, which category is chosen, the templates that fit both, the library's problems, and the last
 * deleted template (for 撤销删除). Commands throw {@link TemplateException} with a message for the user.
 */
public final class TemplateGalleryModel {

    private final TemplateLibraryKeeper keeper;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<GalleryFilter> filter = new SimpleObjectProperty<>(GalleryFilter.ALL);
    private final ObservableList<GalleryFilter> filters = FXCollections.observableArrayList();
    private final ObservableList<TemplateEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<LibraryProblem>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<DeletedTemplate> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private boolean importing;
    private boolean reloadWanted;

    public TemplateGalleryModel(TemplateLibraryKeeper keeper) {
        this.keeper = keeper;
        query.addListener((obs, o, n) -> refresh());
        filter.addListener((obs, o, n) -> refresh());
    }

    /** Reads the library again from disk (when the gallery opens, or the shared folder changed). */
    public void reload() {
        if (importing) {
            reloadWanted = true; // an import is asking about a conflict; reading now would pull the floor away
            return;
        }
        keeper.reloaded();
        refresh();
    }

    /** The visible templates: those matching every word of the query, in the chosen category. */
    public void refresh() {
        TemplateLibrary library = keeper.library();
        List<GalleryFilter> all = new ArrayList<>(List.of(GalleryFilter.ALL, GalleryFilter.FAVOURITES, GalleryFilter.RECENT));
        library.categories().forEach(c -> all.add(GalleryFilter.category(c)));
        if (!filters.equals(all)) {
            filters.setAll(all);
        }
        GalleryFilter chosen = filter.get() == null ? GalleryFilter.ALL : filter.get();
        List<TemplateEntry> found = new ArrayList<>(library.search(query.get()).stream().filter(chosen::accepts).toList());
        if (chosen.kind() == GalleryFilter.Kind.RECENT) {
            found.sort(Comparator.comparing(TemplateEntry::lastUsed).reversed());
        }
        entries.setAll(found);
        problems.set(library.problems());
    }

    public void toggleFavourite(TemplateEntry entry) throws TemplateException {
        keeper.library().setFavourite(entry.template().id(), !entry.favourite());
        refresh();
    }

    /** 复制为我的模板. */
    public Template duplicate(Template template, String newName) throws TemplateException {
        Template copy = keeper.library().duplicate(template.id(), newName);
        notice.set(UiText.get("gallery.duplicated", copy.name()));
        refresh();
        return copy;
    }

    public Template rename(Template template, String newName) throws TemplateException {
        Template renamed = keeper.library().rename(template.id(), newName);
        refresh();
        return renamed;
    }

    /** 编辑信息: the name, category and description of one of the user's templates. */
    public Template editDetails(Template template, TemplateDetails details) throws TemplateException {
        Template edited = keeper.library().update(template.withDetails(details.name(), details.category(),
                details.description(), template.keywords()));
        refresh();
        return edited;
    }

    /** Deletes one of the user's templates; {@link #undoDelete()} brings it back. */
    public void delete(Template template) throws TemplateException {
        lastDeleted.set(keeper.library().delete(template.id()));
        notice.set(UiText.get("gallery.deleted", template.name()));
        refresh();
    }

    /** 撤销删除: the last deleted template comes back, with its marks. */
    public Template undoDelete() throws TemplateException {
        Template restored = keeper.library().restore(lastDeleted.get());
        lastDeleted.set(null);
        notice.set(UiText.get("gallery.restored", restored.name()));
        refresh();
        return restored;
    }

    /** Imports a template file or a zip of them; {@code choice} is asked for each id already there. */
    public ImportResult importFrom(Path file, ConflictChoice choice) throws TemplateException {
        importing = true;
        try {
            ImportResult result = keeper.library().importFrom(file, choice);
            notice.set(UiText.get("gallery.imported", result.imported().size(), file.getFileName()));
            return result;
        } finally {
            importing = false;
            if (reloadWanted) {
                reloadWanted = false;
                keeper.reloaded();
            }
            refresh();
        }
    }

    public void exportTo(Path target, List<Template> templates) throws TemplateException {
        keeper.library().exportTo(target, templates.stream().map(Template::id).toList());
        notice.set(UiText.get("gallery.exported", templates.size(), target));
    }

    /** Sets (or with null clears) the shared folder and reads the library with it. */
    public void setSharedFolder(Path folder) {
        keeper.setSharedFolder(folder);
        notice.set(folder == null ? "" : UiText.get("gallery.sharedFolder.set", folder));
        refresh();
    }

    public Path sharedFolder() {
        return keeper.sharedFolder();
    }

    /** The library's categories, for choosing one when saving or editing a template. */
    public List<String> categories() {
        return keeper.library().categories();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<GalleryFilter> filterProperty() {
        return filter;
    }

    public ObservableList<GalleryFilter> filters() {
        return filters;
    }

    public ObservableList<TemplateEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<List<LibraryProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeletedTemplate> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    /** A line about the last thing done (已删除…, 已导入…), "" for none. */
    public StringProperty noticeProperty() {
        return notice;
    }
}
