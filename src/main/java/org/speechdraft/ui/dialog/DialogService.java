package org.speechdraft.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.storage.RecoveryEntry;

/** Every question the window asks the user, behind one interface so the logic can be tested. */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum ChangedOnDiskChoice { OVERWRITE, SAVE_AS, CANCEL }

    enum RecoveryChoice { RESTORE, DISCARD, LATER }

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

    void showAbout(Path dataFolder);
}
