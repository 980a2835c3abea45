package org.speechdraft.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.dialog.FxDialogService;

/**
 * The real dialogs, except the operating system's file choosers, which a headless test cannot
 * drive: those answer with paths queued by the test.
 */
final class ScriptedDialogs extends FxDialogService {

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<Path> valueFiles = new ArrayDeque<>();
    final Deque<Path> exportFiles = new ArrayDeque<>();
    final Deque<Path> filesToCompare = new ArrayDeque<>();

    ScriptedDialogs(Window owner) {
        super(owner);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDirectory) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialDirectory, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseValuesFile(Path initialDirectory) {
        return Optional.ofNullable(valueFiles.poll());
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName,
                                           org.speechdraft.core.export.ExportFormat format) {
        return Optional.ofNullable(exportFiles.poll());
    }

    // ---- 模板库 ----

    final Deque<Path> templateFilesToImport = new ArrayDeque<>();
    final Deque<Path> templateExportTargets = new ArrayDeque<>();
    final Deque<Path> sharedTemplateFolders = new ArrayDeque<>();

    /** Stays this object, so the queued answers still apply; its alerts stay over the main window. */
    @Override
    public DialogService ownedBy(Window owner) {
        return this;
    }

    @Override
    public Optional<Path> chooseTemplateFileToImport(Path initialDirectory) {
        return Optional.ofNullable(templateFilesToImport.poll());
    }

    @Override
    public Optional<Path> chooseTemplateExportTarget(Path initialDirectory, String suggestedName) {
        return Optional.ofNullable(templateExportTargets.poll());
    }

    @Override
    public Optional<Path> chooseSharedTemplateFolder(Path current) {
        return Optional.ofNullable(sharedTemplateFolders.poll());
    }

    @Override
    public Optional<Path> chooseFileToCompare(Path initialDirectory) {
        return Optional.ofNullable(filesToCompare.poll());
    }
}
