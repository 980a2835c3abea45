package org.speechdraft.ui.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.speechdraft.core.model.CommentRanges;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.FileStamp;
import org.speechdraft.core.storage.RecoverySession;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.dialog.DialogService.ChangedOnDiskChoice;

/**
 * The open draft's life: new, open, save, save as, close — with the questions a careful editor
 * asks (unsaved changes, a file changed by someone else) and nothing lost on a failed write.
 * Dirty state is derived: text away from the undo manager's saved mark, or metadata or 批注 edited,
 * or a draft made from a template and never saved.
 */
public final class DraftSession {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditorDocument editor;
    private final DialogService dialogs;
    private final SettingsKeeper settings;
    private final RecoverySession recovery;
    private final DraftFiles files = new DraftFiles();

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<DraftMeta> meta = new SimpleObjectProperty<>(DraftMeta.EMPTY);
    private final ObjectProperty<DraftMeta> savedMeta = new SimpleObjectProperty<>(DraftMeta.EMPTY);
    private final StringProperty status = new SimpleStringProperty("");
    /** A draft made from a template is work to keep although nobody typed yet: closing must ask. */
    private final BooleanProperty madeNotSaved = new SimpleBooleanProperty(false);
    private final BooleanBinding dirty;
    private final StringBinding documentName;
    private final StringBinding windowTitle;

    /** The values the user filled into placeholders (key → value, see FilledValue). */
    private final ObjectProperty<Map<String, String>> placeholderValues = new SimpleObjectProperty<>(Map.of());
    /** The 批注: what they say and whether they are done; the text they are on carries their ids. */
    private final ObjectProperty<List<DraftComment>> comments = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<DraftComment>> savedComments = new SimpleObjectProperty<>(List.of());
    private final SnapshotStore snapshots = new SnapshotStore();
    private FileStamp stamp;

    public DraftSession(EditorDocument editor, DialogService dialogs, SettingsKeeper settings,
                        RecoverySession recovery) {
        this.editor = editor;
        this.dialogs = dialogs;
        this.settings = settings;
        this.recovery = recovery;
        dirty = Bindings.createBooleanBinding(() -> !editor.atSavedMark().get() || !meta.get().equals(savedMeta.get())
                        || !comments.get().equals(savedComments.get())
                        || madeNotSaved.get() || snapshots.changedProperty().get(),
                editor.atSavedMark(), meta, savedMeta, comments, savedComments, madeNotSaved, snapshots.changedProperty());
        documentName = Bindings.createStringBinding(
                () -> file.get() == null ? UiText.get("app.untitled") : file.get().getFileName().toString(), file);
        windowTitle = Bindings.createStringBinding(
                () -> UiText.get("app.title", dirty.get() ? UiText.get("app.title.unsavedMark") : "", documentName.get()),
                dirty, documentName);
    }

    // ---- commands ---------------------------------------------------------------------------

    /** An empty untitled draft, without asking (the caller has asked about unsaved changes). */
    public void startBlank() {
        show(Draft.empty(), null);
        recovery.clear();
    }

    /**
     * An untitled draft made from a template, without asking (the caller has). It counts as
     * unsaved until saved, so closing or replacing it asks first; the undo history starts here.
     */
    public void startFromTemplate(Draft draft) {
        show(draft, null);
        madeNotSaved.set(true);
        recovery.clear();
    }

    /**
     * An untitled draft made from an imported speech ({@code source}, a text or Word file),
     * without asking (the caller has). Like a draft from a template it counts as unsaved; the
     * source's folder is where the next file chooser starts, and it is listed under 最近打开.
     */
    public void startImported(Draft draft, Path source) {
        startFromTemplate(draft);
        settings.update(s -> s.withRecentFile(source).withLastDirectory(source.toAbsolutePath().getParent()));
        status.set(UiText.get("status.imported", source.getFileName()));
    }

    /** Opens a recent file; a file that vanished is reported and dropped from the list. */
    public boolean openRecent(Path path) {
        if (!Files.exists(path)) {
            dialogs.showError(UiText.get("dialog.openFailed"), UiText.get("dialog.recentMissing", path));
            settings.update(s -> s.withoutRecentFile(path));
            return false;
        }
        return confirmDiscardOrSave() && load(path);
    }

    /** Opens {@code path} without asking about unsaved changes (the caller has). */
    public boolean load(Path path) {
        try {
            Draft draft = files.read(path);
            boolean native_ = files.isDraftFile(path);
            show(draft, native_ ? path : null);
            if (native_) {
                stamp = FileStamp.of(path).orElse(null);
            }
            settings.update(s -> s.withRecentFile(path).withLastDirectory(path.toAbsolutePath().getParent()));
            status.set(UiText.get("status.opened", path.getFileName()));
            recovery.clear();
            return true;
        } catch (DraftFileException e) {
            dialogs.showError(UiText.get("dialog.openFailed"), e.getMessage());
        } catch (IOException e) {
            dialogs.showError(UiText.get("dialog.openFailed"), UiText.get("error.fileUnreadable", path, e.getMessage()));
        }
        return false;
    }

    public boolean save() {
        Path target = file.get();
        if (target == null) {
            return saveAs();
        }
        if (stamp != null && !stamp.matches(target)) {
            ChangedOnDiskChoice choice = dialogs.askChangedOnDisk(documentName.get());
            if (choice == ChangedOnDiskChoice.SAVE_AS) {
                return saveAs();
            }
            if (choice == ChangedOnDiskChoice.CANCEL) {
                return false;
            }
        }
        return writeTo(target);
    }

    public boolean saveAs() {
        String suggested = file.get() != null ? file.get().getFileName().toString() : suggestedFileName();
        return dialogs.chooseFileToSave(lastDirectory(), suggested).map(this::writeTo).orElse(false);
    }

    /** Asks about unsaved changes; true when it is fine to close or replace the draft. */
    public boolean confirmDiscardOrSave() {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askSaveChanges(documentName.get())) {
            case SAVE -> save();
            case DISCARD -> {
                recovery.clear();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** The draft's metadata (title, meeting, speaker, date, target time, pace) as it is now. */
    public javafx.beans.property.ReadOnlyObjectProperty<DraftMeta> metaProperty() {
        return meta;
    }

    /** The values filled into placeholders, saved with the draft so a re-opened draft still knows them. */
    public ObjectProperty<Map<String, String>> placeholderValues() {
        return placeholderValues;
    }

    /**
     * The 批注 of the draft, those whose text was deleted too (an undo may bring it back); what is
     * saved and exported are those still on the text.
     */
    public ObjectProperty<List<DraftComment>> comments() {
        return comments;
    }

    public void editMeta() {
        dialogs.editMeta(meta.get()).ifPresent(meta::set);
    }

    /** Puts recovered text in the window as an unsaved, undoable change on top of its source file. */
    public void restore(Draft recovered, Path sourcePath) {
        if (sourcePath != null && Files.exists(sourcePath) && files.isDraftFile(sourcePath)) {
            load(sourcePath);
        } else {
            show(Draft.empty(), null);
        }
        snapshots.replace(recovered.snapshots());
        // The file's own text, which the recovered text replaces, stays at hand as a snapshot.
        List<DraftParagraph> before = editor.paragraphs();
        if (!before.equals(recovered.paragraphs()) && before.stream().anyMatch(p -> !p.isBlank())) {
            takeSnapshot(UiText.get("snapshot.auto.recovery"), true);
        }
        editor.replaceAllUndoable(recovered.paragraphs());
        meta.set(recovered.meta());
        placeholderValues.set(recovered.placeholderValues());
        comments.set(recovered.comments());
        status.set(UiText.get("status.recovered"));
    }

    // ---- snapshots --------------------------------------------------------------------------

    /**
     * Keeps the text as it is now as a snapshot, saved with the draft. By hand, {@code name} is the
     * user's; {@code automatic}, it says what is about to happen ("导入数据", "插入模板") and the
     * snapshot is named "自动：导入数据前 14:05". Call it before any operation that changes much of
     * the text at once.
     */
    public Snapshot takeSnapshot(String name, boolean automatic) {
        return snapshots.take(name, automatic, editor.paragraphs());
    }

    /** Puts a snapshot's text in the editor as one undoable change, keeping the text it replaces. */
    public void restoreSnapshot(Snapshot snapshot) {
        // a leader's revised version carries its revisions' marks, which belong to the review, not the text
        List<DraftParagraph> text = snapshot.paragraphs().stream().map(DraftParagraph::withoutRevisions).toList();
        if (editor.paragraphs().equals(text)) {
            return;
        }
        takeSnapshot(UiText.get("snapshot.auto.restore"), true);
        editor.replaceAllUndoable(text);
        status.set(UiText.get("status.snapshotRestored", snapshot.name()));
    }

    /** The draft's snapshots, oldest first. */
    public SnapshotStore snapshots() {
        return snapshots;
    }

    // ---- state ------------------------------------------------------------------------------

    /** The draft as it is now in the window. */
    public Draft currentDraft() {
        List<DraftParagraph> paragraphs = editor.paragraphs();
        return new Draft(meta.get(), paragraphs, placeholderValues.get(), snapshots.list(),
                CommentRanges.onText(comments.get(), paragraphs));
    }

    private boolean writeTo(Path target) {
        try {
            files.write(target, currentDraft());
        } catch (DraftFileException e) {
            dialogs.showError(UiText.get("dialog.saveFailed"), e.getMessage());
            return false;
        }
        editor.markSaved();
        savedMeta.set(meta.get());
        savedComments.set(comments.get());
        madeNotSaved.set(false);
        snapshots.markSaved();
        file.set(target);
        stamp = FileStamp.of(target).orElse(null);
        recovery.clear();
        settings.update(s -> s.withRecentFile(target).withLastDirectory(target.toAbsolutePath().getParent()));
        status.set(UiText.get("status.saved", LocalTime.now().format(CLOCK)));
        return true;
    }

    private void show(Draft draft, Path path) {
        editor.load(draft.paragraphs());
        meta.set(draft.meta());
        savedMeta.set(draft.meta());
        madeNotSaved.set(false);
        placeholderValues.set(draft.placeholderValues());
        comments.set(draft.comments());
        savedComments.set(draft.comments());
        snapshots.load(draft.snapshots());
        file.set(path);
        stamp = null;
    }

    private String suggestedFileName() {
        return suggestedName() + org.speechdraft.core.storage.DraftCodec.EXTENSION;
    }

    /**
     * A file name without extension for saving or exporting: the open file's name, else the title
     * (or the first line), without characters file systems refuse.
     */
    public String suggestedName() {
        if (file.get() != null) {
            String name = file.get().getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
        String title = meta.get().title();
        if (title.isBlank()) {
            title = editor.paragraphs().stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty())
                    .findFirst().orElse(UiText.get("app.untitled"));
        }
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\s]+", "");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        return safe.isEmpty() ? UiText.get("app.untitled") : safe;
    }

    /** The folder the user last opened or saved in, where file choosers start. */
    public Path lastDirectory() {
        return settings.get().lastDirectory();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    public StringBinding documentNameProperty() {
        return documentName;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Changes whenever the text, the metadata or the snapshots change; lets autosave skip unchanged drafts. */
    public long changeToken() {
        return ((editor.editCount() * 31 + meta.get().hashCode()) * 31 + snapshots.editCount()) * 31
                + comments.get().hashCode();
    }
}
