package org.speechdraft.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
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

    @Override
    public Optional<Path> chooseFileToCompare(Path initialDirectory) {
        return Optional.ofNullable(filesToCompare.poll());
    }
}
