package org.speechdraft.ui.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import org.speechdraft.core.compare.VersionFileException;
import org.speechdraft.core.compare.VersionReader;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.compare.CompareModel;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.document.DraftSession;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * 快照与比较 in the window: taking snapshots by hand, the snapshots dialog, opening comparisons —
 * and 审阅修订, the comparison of the draft with a leader's marked-up copy kept as a snapshot.
 */
public final class SnapshotFlow implements SnapshotActions {

    private final DraftSession session;
    private final SpeechArea area;
    private final DialogService dialogs;
    private final VersionReader versions = new VersionReader();

    public SnapshotFlow(DraftSession session, SpeechArea area, DialogService dialogs) {
        this.session = session;
        this.area = area;
        this.dialogs = dialogs;
    }

    /** 快照与比较…: the dialog. */
    public void showSnapshots() {
        dialogs.showSnapshots(this);
    }

    @Override
    public ObservableList<Snapshot> snapshots() {
        return session.snapshots().list();
    }

    @Override
    public void takeSnapshot() {
        dialogs.askSnapshotName(UiText.get("snapshot.take.header"), org.speechdraft.ui.document.SnapshotStore.suggestedName())
                .ifPresent(name -> {
                    session.takeSnapshot(name, false);
                    session.statusProperty().set(UiText.get("status.snapshotTaken", name));
                });
    }

    @Override
    public void rename(Snapshot snapshot) {
        dialogs.askSnapshotName(UiText.get("snapshot.rename.header", snapshot.name()), snapshot.name())
                .ifPresent(name -> session.snapshots().rename(snapshot, name));
    }

    @Override
    public void delete(Snapshot snapshot) {
        session.snapshots().delete(snapshot);
    }

    @Override
    public void restore(Snapshot snapshot) {
        session.restoreSnapshot(snapshot);
        area.requestFocus();
    }

    @Override
    public void compareWithDraft(Snapshot snapshot) {
        if (snapshot.revisions().isEmpty()) {
            dialogs.showComparison(CompareModel.live(snapshot.name(), snapshot.paragraphs(),
                    UiText.get("compare.currentDraft"), area));
            return;
        }
        Snapshot[] kept = {snapshot};
        dialogs.showComparison(CompareModel.revisions(snapshot, UiText.get("compare.currentDraft"), area, rejected -> {
            Snapshot decided = kept[0].withRejected(rejected);
            session.snapshots().replace(kept[0], decided);
            kept[0] = decided;
        }));
    }

    /** 审阅修订: the draft against the newest marked-up version among its snapshots, if any. */
    public void reviewRevisions() {
        latestRevised().ifPresent(this::compareWithDraft);
    }

    /** The newest snapshot that is a marked-up document's revised version. */
    public Optional<Snapshot> latestRevised() {
        List<Snapshot> all = session.snapshots().list();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).revisions().isEmpty()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public void compareSnapshots(Snapshot one, Snapshot other) {
        boolean oneFirst = !one.takenAt().isAfter(other.takenAt());
        Snapshot older = oneFirst ? one : other;
        Snapshot newer = oneFirst ? other : one;
        dialogs.showComparison(CompareModel.between(older.name(), older.paragraphs(), newer.name(), newer.paragraphs()));
    }

    @Override
    public void compareWithFile() {
        dialogs.chooseFileToCompare(session.lastDirectory()).ifPresent(this::compareWithFile);
    }

    /** A leader's marked-up copy is reviewed as 修订 (who changed what); any other file is compared as it is. */
    private void compareWithFile(Path file) {
        VersionReader.Version version;
        try {
            version = versions.readVersion(file);
        } catch (VersionFileException e) {
            dialogs.showError(UiText.get("compare.readFailed"), e.getMessage());
            return;
        }
        String name = String.valueOf(file.getFileName());
        dialogs.showComparison(version.isRevised()
                ? CompareModel.revisions(new Snapshot(name, Instant.now(), version.paragraphs(), false,
                        version.revisions()), UiText.get("compare.currentDraft"), area, rejected -> { })
                : CompareModel.live(name, version.paragraphs(), UiText.get("compare.currentDraft"), area));
    }
}
