package org.speechdraft.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.speechdraft.core.export.ExportFormat;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.phrase.Phrase;
import org.speechdraft.core.phrase.PhraseLibrary;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.storage.RecoveryEntry;
import org.speechdraft.core.template.ConflictChoice.Resolution;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.export.ExportDialogController;
import org.speechdraft.ui.export.ExportPresetModel;
import org.speechdraft.ui.phrase.PhraseDialogController;
import org.speechdraft.ui.snapshot.SnapshotDialogController;

/** The real dialogs: alerts, file choosers and the 文稿信息 form, owned by the main window. */
public class FxDialogService implements DialogService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType(UiText.get("dialog.unsaved.save"), ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.get("dialog.unsaved.discard"), ButtonData.NO);
        ButtonType cancel = new ButtonType(UiText.get("dialog.unsaved.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, UiText.get("dialog.unsaved.title"),
                UiText.get("dialog.unsaved.header", documentName), UiText.get("dialog.unsaved.content"),
                save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String documentName) {
        ButtonType overwrite = new ButtonType(UiText.get("dialog.changedOnDisk.overwrite"), ButtonData.OTHER);
        ButtonType saveAs = new ButtonType(UiText.get("dialog.changedOnDisk.saveAs"), ButtonData.YES);
        ButtonType cancel = new ButtonType(UiText.get("dialog.changedOnDisk.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, UiText.get("dialog.changedOnDisk.title"),
                UiText.get("dialog.changedOnDisk.header", documentName),
                UiText.get("dialog.changedOnDisk.content"), saveAs, overwrite, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == overwrite ? ChangedOnDiskChoice.OVERWRITE
                : answer == saveAs ? ChangedOnDiskChoice.SAVE_AS : ChangedOnDiskChoice.CANCEL;
    }

    @Override
    public RecoveryChoice askRecover(List<RecoveryEntry> entries) {
        ButtonType restore = new ButtonType(UiText.get("dialog.recover.restore"), ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.get("dialog.recover.discard"), ButtonData.NO);
        ButtonType later = new ButtonType(UiText.get("dialog.recover.later"), ButtonData.CANCEL_CLOSE);
        String list = entries.stream().map(FxDialogService::describe).collect(Collectors.joining("\n"));
        Alert alert = alert(Alert.AlertType.CONFIRMATION, UiText.get("dialog.recover.title"),
                UiText.get("dialog.recover.header", entries.size()),
                list + "\n\n" + UiText.get("dialog.recover.content"), restore, discard, later);
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RecoveryChoice.RESTORE : answer == discard ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    private static String describe(RecoveryEntry e) {
        String source = e.sourcePath() == null ? UiText.get("dialog.recover.item.noSource")
                : UiText.get("dialog.recover.item.source", e.sourcePath().getFileName());
        return UiText.get("dialog.recover.item", e.title(), e.paragraphCount(), TIME.format(e.autosavedAt()), source);
    }

    @Override
    public void showError(String header, String message) {
        alert(Alert.AlertType.ERROR, UiText.get("dialog.error.title"), header, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showInformation(String header, String message) {
        alert(Alert.AlertType.INFORMATION, UiText.get("dialog.error.title"), header, message, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<Path> chooseValuesFile(Path initialDirectory) {
        FileChooser chooser = chooser(UiText.get("chooser.values"), initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.values"), "*.csv", "*.xlsx", "*.json", "*.txt"),
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        FileChooser chooser = chooser(UiText.get("chooser.open"), initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.speeches"), "*" + DraftCodec.EXTENSION,
                        "*.txt", "*.docx"),
                draftFilter(),
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.text"), "*.txt"),
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.docx"), "*.docx"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser(UiText.get("chooser.save"), initialDirectory);
        chooser.getExtensionFilters().add(draftFilter());
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(FxDialogService::withDraftExtension);
    }

    static Path withDraftExtension(Path p) {
        return withExtension(p, DraftCodec.EXTENSION);
    }

    /** The name as chosen, with the extension added if the user left it out. */
    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.toLowerCase().endsWith(extension) ? p : p.resolveSibling(name + extension);
    }

    private static FileChooser.ExtensionFilter draftFilter() {
        return new FileChooser.ExtensionFilter(UiText.get("chooser.filter.draft"), "*" + DraftCodec.EXTENSION);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<DraftMeta> editMeta(DraftMeta current) {
        FXMLLoader loader = DialogPanes.load(FxDialogService.class, "MetaDialog.fxml");
        MetaDialogController controller = loader.getController();
        controller.setMeta(current);
        return DialogPanes.showAndConfirm(owner, UiText.get("meta.title"), loader, false)
                ? Optional.of(controller.meta()) : Optional.empty();
    }

    @Override
    public RemainingPlaceholdersChoice askExportWithPlaceholders(List<Placeholder> remaining, ExportFormat format) {
        ButtonType anyway = new ButtonType(UiText.get(format == ExportFormat.DOCX ? "export.remaining.anywayMarked"
                : "export.remaining.anyway"), ButtonData.YES);
        ButtonType fill = new ButtonType(UiText.get("export.remaining.fill"), ButtonData.NO);
        ButtonType cancel = new ButtonType(UiText.get("export.remaining.cancel"), ButtonData.CANCEL_CLOSE);
        int listed = Math.min(remaining.size(), 10);
        String list = remaining.subList(0, listed).stream()
                .map(p -> UiText.get("export.remaining.item", p.paragraph() + 1, p.text(), p.context()))
                .collect(Collectors.joining("\n"));
        if (remaining.size() > listed) {
            list += "\n" + UiText.get("export.remaining.more", remaining.size() - listed);
        }
        Alert alert = alert(Alert.AlertType.WARNING, UiText.get("export.title"),
                UiText.get("export.remaining.header", remaining.size()), list, anyway, fill, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == anyway ? RemainingPlaceholdersChoice.EXPORT_ANYWAY
                : answer == fill ? RemainingPlaceholdersChoice.FILL_FIRST : RemainingPlaceholdersChoice.CANCEL;
    }

    @Override
    public Optional<ExportPreset> chooseExportLayout(ExportPresetModel presets) {
        FXMLLoader loader = DialogPanes.load(ExportDialogController.class, "ExportDialog.fxml");
        ExportDialogController controller = loader.getController();
        controller.bind(presets);
        return DialogPanes.showAndConfirm(owner, UiText.get("export.title"), loader, true)
                ? Optional.of(controller.result()) : Optional.empty();
    }

    @Override
    public Optional<org.speechdraft.ui.page.PrintChoice.Request> choosePrint(org.speechdraft.ui.page.PrintChoice choice) {
        FXMLLoader loader = DialogPanes.load(org.speechdraft.ui.page.PrintDialogController.class, "PrintDialog.fxml");
        org.speechdraft.ui.page.PrintDialogController controller = loader.getController();
        controller.bind(choice);
        return DialogPanes.showAndConfirm(owner, UiText.get("print.title"), loader, false)
                ? controller.result() : Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName, ExportFormat format) {
        FileChooser chooser = chooser(UiText.get("chooser.export"), initialDirectory);
        String key = format == ExportFormat.DOCX ? "chooser.filter.docx" : "chooser.filter.text";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(UiText.get(key), "*" + format.extension()));
        chooser.setInitialFileName(suggestedName + format.extension());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> withExtension(p, format.extension()));
    }

    @Override
    public Optional<String> choosePhrase(PhraseLibrary library, String selectedText) {
        FXMLLoader loader = DialogPanes.load(PhraseDialogController.class, "PhraseDialog.fxml");
        PhraseDialogController controller = loader.getController();
        controller.bind(library, selectedText);
        return DialogPanes.showAndConfirm(owner, UiText.get("phrase.title"), loader, true)
                ? controller.chosen().map(Phrase::text) : Optional.empty();
    }

    @Override
    public void showAbout(Path dataFolder) {
        alert(Alert.AlertType.INFORMATION, UiText.get("about.title"), UiText.get("about.header",
                        org.speechdraft.core.BuildVersion.current().orElse(UiText.get("about.developmentVersion"))),
                UiText.get("about.content", dataFolder), ButtonType.OK).showAndWait();
    }

    // ---- 快照与比较 ----

    @Override
    public Optional<String> askSnapshotName(String header, String suggested) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(suggested);
        ask.initOwner(owner);
        ask.setTitle(UiText.get("snapshot.title"));
        ask.setHeaderText(header);
        ask.getEditor().setId("snapshotName");
        ask.getEditor().setPrefColumnCount(24);
        return ask.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    @Override
    public Optional<String> askCommentText(String header, String initial) {
        TextArea text = new TextArea(initial);
        text.setId("commentText");
        text.setWrapText(true);
        text.setPrefColumnCount(32);
        text.setPrefRowCount(5);
        Dialog<String> ask = new Dialog<>();
        ask.initOwner(owner);
        ask.setTitle(UiText.get("comment.dialog.title"));
        ask.setHeaderText(header);
        ask.getDialogPane().setContent(text);
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ask.getDialogPane().lookupButton(ButtonType.OK).setId("commentOk");
        ask.setResultConverter(button -> button == ButtonType.OK ? text.getText() : null);
        Platform.runLater(text::requestFocus);
        return ask.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Optional<String> chooseRevisionBase(List<String> choices, String suggested) {
        ChoiceDialog<String> ask = new ChoiceDialog<>(suggested, choices);
        ask.initOwner(owner);
        ask.setTitle(UiText.get("export.revisions.title"));
        ask.setHeaderText(UiText.get("export.revisions.header"));
        ask.setContentText(UiText.get("export.revisions.base"));
        ask.getDialogPane().setId("revisionBaseDialog");
        ask.getDialogPane().setPrefWidth(560); // the explanation wraps instead of widening the dialog
        return ask.showAndWait();
    }

    @Override
    public Optional<String> askUserName(String current) {
        TextInputDialog ask = new TextInputDialog(current);
        ask.initOwner(owner);
        ask.setTitle(UiText.get("userName.title"));
        ask.setHeaderText(UiText.get("userName.header"));
        ask.getEditor().setId("userName");
        ask.getEditor().setPromptText(UiText.get("userName.prompt"));
        ask.getEditor().setPrefColumnCount(24);
        return ask.showAndWait().map(String::strip);
    }

    @Override
    public void showSnapshots(org.speechdraft.ui.snapshot.SnapshotActions actions) {
        FXMLLoader loader = DialogPanes.load(SnapshotDialogController.class, "SnapshotDialog.fxml");
        DialogPane pane = loader.getRoot();
        SnapshotDialogController controller = loader.getController();
        Dialog<ButtonType> dialog = DialogPanes.dialog(owner, UiText.get("snapshot.title"), pane, true);
        controller.bind(actions, dialog::close);
        dialog.showAndWait();
        // Restoring and comparing happen once the dialog is gone, in front of the window they concern.
        controller.followUp().ifPresent(Runnable::run);
    }

    @Override
    public Optional<Path> chooseFileToCompare(Path initialDirectory) {
        FileChooser chooser = chooser(UiText.get("chooser.compare"), initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.compare"), "*" + DraftCodec.EXTENSION,
                        "*.docx", "*.txt"),
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void showComparison(org.speechdraft.ui.compare.CompareModel comparison) {
        org.speechdraft.ui.compare.CompareViewController.open(owner, comparison);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }

    // ---- 模板库 ---------------------------------------------------------------------------

    @Override
    public DialogService ownedBy(Window newOwner) {
        return new FxDialogService(newOwner);
    }

    @Override
    public Optional<Path> chooseTemplateFileToImport(Path initialDirectory) {
        FileChooser chooser = chooser(UiText.get("chooser.templateImport"), initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.templates"), "*.json", "*.zip"),
                new FileChooser.ExtensionFilter(UiText.get("chooser.filter.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTemplateExportTarget(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser(UiText.get("chooser.templateExport"), initialDirectory);
        String extension = suggestedName.toLowerCase().endsWith(".zip") ? ".zip" : ".json";
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                UiText.get("chooser.filter.templates"), "*" + extension));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p ->
                p.getFileName().toString().toLowerCase().endsWith(extension) ? p
                        : p.resolveSibling(p.getFileName() + extension));
    }

    @Override
    public Optional<Path> chooseSharedTemplateFolder(Path current) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(UiText.get("chooser.sharedTemplates"));
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Resolution askTemplateConflict(String header, boolean canReplace, String skipText) {
        ButtonType replace = new ButtonType(UiText.get("template.conflict.replace"), ButtonData.YES);
        ButtonType keepBoth = new ButtonType(UiText.get("template.conflict.keepBoth"), ButtonData.NO);
        ButtonType skip = new ButtonType(skipText, ButtonData.CANCEL_CLOSE);
        Alert alert = canReplace
                ? alert(Alert.AlertType.CONFIRMATION, UiText.get("template.conflict.title"), header,
                        UiText.get("template.conflict.content"), replace, keepBoth, skip)
                : alert(Alert.AlertType.CONFIRMATION, UiText.get("template.conflict.title"), header,
                        UiText.get("template.conflict.readOnly"), keepBoth, skip);
        ButtonType answer = alert.showAndWait().orElse(skip);
        return answer == replace ? Resolution.REPLACE : answer == keepBoth ? Resolution.KEEP_BOTH : Resolution.SKIP;
    }

    @Override
    public Optional<String> askTemplateName(String header, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle(UiText.get("template.name.title"));
        dialog.setHeaderText(header);
        dialog.setContentText(UiText.get("template.name.label"));
        dialog.getEditor().setId("templateNameInput");
        dialog.getDialogPane().setMinWidth(420);
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }
}
