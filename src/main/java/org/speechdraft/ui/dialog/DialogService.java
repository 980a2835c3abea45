package org.speechdraft.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.speechdraft.core.export.ExportFormat;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.phrase.PhraseLibrary;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.storage.RecoveryEntry;
import org.speechdraft.core.template.ConflictChoice;
import org.speechdraft.ui.export.ExportPresetModel;

/** Every question the window asks the user, behind one interface so the logic can be tested. */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum ChangedOnDiskChoice { OVERWRITE, SAVE_AS, CANCEL }

    enum RecoveryChoice { RESTORE, DISCARD, LATER }

    enum RemainingPlaceholdersChoice { EXPORT_ANYWAY, FILL_FIRST, CANCEL }

    UnsavedChoice askSaveChanges(String documentName);

    ChangedOnDiskChoice askChangedOnDisk(String documentName);

    RecoveryChoice askRecover(List<RecoveryEntry> entries);

    void showError(String header, String message);

    void showInformation(String header, String message);

    Optional<Path> chooseFileToOpen(Path initialDirectory);

    Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName);

    /** A table of figures sent by a department: CSV, Excel (.xlsx) or JSON. */
    Optional<Path> chooseValuesFile(Path initialDirectory);

    Optional<DraftMeta> editMeta(DraftMeta current);

    /** Placeholders are still unfilled: export anyway (marked in yellow in a DOCX), fill them first, or stop. */
    RemainingPlaceholdersChoice askExportWithPlaceholders(List<Placeholder> remaining, ExportFormat format);

    /** The layout for a DOCX: a preset, perhaps adjusted for this export. */
    Optional<ExportPreset> chooseExportLayout(ExportPresetModel presets);

    /** 打印: which printer, pages and copies; empty when cancelled. */
    Optional<org.speechdraft.ui.page.PrintChoice.Request> choosePrint(org.speechdraft.ui.page.PrintChoice choice);

    Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName, ExportFormat format);

    /** A 常用语 to insert; the dialog also lets the user add ({@code selectedText} offered) and delete their own. */
    Optional<String> choosePhrase(PhraseLibrary library, String selectedText);

    void showAbout(Path dataFolder);

    // ---- 模板库 ---------------------------------------------------------------------------

    /** The same dialogs shown over {@code owner}, e.g. over the template gallery while it is open. */
    DialogService ownedBy(Window owner);

    /** A template file (.json) or a zip of them, to import. */
    Optional<Path> chooseTemplateFileToImport(Path initialDirectory);

    /** Where to export: a .json file for one template, a .zip for several ({@code suggestedName} says which). */
    Optional<Path> chooseTemplateExportTarget(Path initialDirectory, String suggestedName);

    /** The office's shared template folder (e.g. on a network drive). */
    Optional<Path> chooseSharedTemplateFolder(Path current);

    /**
     * A template of the same name or id is already there: replace it, keep both, or leave this one
     * out. {@code canReplace} is false for a read-only (built-in or shared) template.
     *
     * @param skipText the text of the third button (跳过 during an import, 取消 when saving)
     */
    ConflictChoice.Resolution askTemplateConflict(String header, boolean canReplace, String skipText);

    /** A new name for a template (重命名, 复制为我的模板); empty when cancelled. */
    Optional<String> askTemplateName(String header, String current);

    // ---- 快照与比较 ----

    /** A name for a snapshot, taken or renamed; {@code suggested} is offered. Empty when cancelled. */
    Optional<String> askSnapshotName(String header, String suggested);

    /** The snapshots dialog: list, restore, delete, rename, compare (through {@code actions}). */
    void showSnapshots(org.speechdraft.ui.snapshot.SnapshotActions actions);

    /** Another version to compare with the draft: .sdraft, .txt or .docx (e.g. the leader's edited copy). */
    Optional<Path> chooseFileToCompare(Path initialDirectory);

    /** Opens the side-by-side comparison in its own window, beside the main one (not modal). */
    void showComparison(org.speechdraft.ui.compare.CompareModel comparison);

    // ---- 审阅 ----

    /** What a 批注 or an answer says (several lines allowed); empty when cancelled or left blank. */
    Optional<String> askCommentText(String header, String initial);

    /**
     * The version a 修订稿 marks its changes against: one of {@code choices} (snapshot names, and
     * last the entry for another file), {@code suggested} preselected; empty when cancelled.
     */
    Optional<String> chooseRevisionBase(List<String> choices, String suggested);

    /** The user's name for 批注, 修订 and exported documents ({@code current} offered); empty when cancelled. */
    Optional<String> askUserName(String current);
}
