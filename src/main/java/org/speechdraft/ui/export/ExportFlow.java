package org.speechdraft.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.speechdraft.core.compare.DraftComparer;
import org.speechdraft.core.compare.VersionFileException;
import org.speechdraft.core.compare.VersionReader;
import org.speechdraft.core.export.Authorship;
import org.speechdraft.core.export.DocxExporter;
import org.speechdraft.core.export.ExportFormat;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.ExportPresetStore;
import org.speechdraft.core.export.ExportProblem;
import org.speechdraft.core.export.ExportResult;
import org.speechdraft.core.export.RemainingPlaceholders;
import org.speechdraft.core.export.TextExporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.document.DraftSession;

/**
 * 导出: the draft as a 公文 DOCX or as plain text, and 导出修订稿, a DOCX whose differences from an
 * earlier version (the copy the leader has) are Word 修订. Figures still to fill are never exported
 * by accident: the user is asked first, and a DOCX exported anyway shows them in yellow. Documents
 * are signed with the user's name.
 */
public final class ExportFlow {

    private final DraftSession session;
    private final DialogService dialogs;
    private final ExportPresetStore presets;
    private final Consumer<Placeholder> fillFirst;
    private final Supplier<String> author;
    private final VersionReader versions = new VersionReader();
    private final DocxExporter docx = new DocxExporter();
    private final TextExporter text = new TextExporter();
    /** The layout of the last export in this window, offered again next time; the page view and count follow it. */
    private final ObjectProperty<ExportPreset> layout;

    /**
     * @param fillFirst shows a placeholder to fill when the user would rather fill before exporting
     * @param author    the user's name, the exported documents' author and their 修订's
     * @param layout    the export preset last chosen (or the page view's), offered first
     */
    public ExportFlow(DraftSession session, DialogService dialogs, ExportPresetStore presets,
                      Consumer<Placeholder> fillFirst, Supplier<String> author, ObjectProperty<ExportPreset> layout) {
        this.layout = layout;
        this.session = session;
        this.dialogs = dialogs;
        this.presets = presets;
        this.fillFirst = fillFirst;
        this.author = author;
    }

    public void exportDocx() {
        export(ExportFormat.DOCX);
    }

    public void exportText() {
        export(ExportFormat.TEXT);
    }

    /**
     * 导出修订稿: asks which version to mark the changes against — a snapshot (the leader's revised
     * version first, it is the copy they have) or a file — then exports as 导出为 Word 文档 does.
     */
    public void exportRevisions() {
        Optional<Base> base = chooseBase();
        if (base.isEmpty()) {
            return;
        }
        Draft draft = session.currentDraft();
        int changes = new DraftComparer().compare(base.get().paragraphs(), draft.paragraphs()).changes().size();
        export(ExportFormat.DOCX, session.suggestedName() + UiText.get("export.revisions.suffix"),
                (preset, remaining, out) -> docx.exportRevisions(draft, base.get().paragraphs(), preset,
                        Authorship.now(author.get()), out),
                out -> UiText.get("status.exportedRevisions", out.getFileName(), changes, base.get().name()));
    }

    /** The version a 修订稿 is marked against, by its name. */
    private record Base(String name, List<DraftParagraph> paragraphs) {
    }

    private Optional<Base> chooseBase() {
        List<Snapshot> snapshots = new ArrayList<>(session.snapshots().list());
        Collections.reverse(snapshots); // newest first
        Snapshot suggested = snapshots.stream().filter(s -> !s.revisions().isEmpty()).findFirst()
                .orElse(snapshots.isEmpty() ? null : snapshots.get(0));
        List<String> choices = new ArrayList<>(snapshots.stream().map(Snapshot::name).toList());
        String otherFile = UiText.get("export.revisions.otherFile");
        choices.add(otherFile);
        Optional<String> chosen = dialogs.chooseRevisionBase(choices, suggested == null ? otherFile : suggested.name());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        int index = choices.indexOf(chosen.get());
        if (index < snapshots.size()) {
            Snapshot snapshot = snapshots.get(index);
            return Optional.of(new Base(snapshot.name(), snapshot.paragraphs()));
        }
        Optional<Path> file = dialogs.chooseFileToCompare(session.lastDirectory());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Base(String.valueOf(file.get().getFileName()), versions.read(file.get())));
        } catch (VersionFileException e) {
            dialogs.showError(UiText.get("compare.readFailed"), e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes a document in the chosen layout: the draft, or a 修订稿. */
    @FunctionalInterface
    private interface DocxWriter {
        ExportResult write(ExportPreset preset, List<Placeholder> remaining, Path out) throws IOException;
    }

    private void export(ExportFormat format) {
        Draft draft = session.currentDraft();
        DocxWriter writer = (preset, remaining, out) -> preset != null
                ? docx.export(draft, remaining, preset, Authorship.now(author.get()), out)
                : text.export(draft, remaining, out);
        export(format, session.suggestedName(), writer, null);
    }

    /** @param exported the status after an export without figures left to fill; null for the usual one */
    private void export(ExportFormat format, String suggestedName, DocxWriter writer,
                        Function<Path, String> exported) {
        List<Placeholder> remaining = RemainingPlaceholders.in(session.currentDraft());
        if (!confirmRemaining(remaining, format)) {
            return;
        }
        ExportPreset preset = null;
        if (format == ExportFormat.DOCX) {
            Optional<ExportPreset> chosen = dialogs.chooseExportLayout(new ExportPresetModel(presets, layout.get().id()));
            if (chosen.isEmpty()) {
                return;
            }
            preset = chosen.get();
            layout.set(preset);
        }
        Optional<Path> target = dialogs.chooseExportFile(session.lastDirectory(), suggestedName, format);
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        try {
            ExportResult result = writer.write(preset, remaining, out);
            session.statusProperty().set(result.hasRemaining()
                    ? UiText.get("status.exportedWithRemaining", out.getFileName(), result.remaining().size())
                    : exported != null ? exported.apply(out) : UiText.get("status.exported", out.getFileName()));
        } catch (IOException e) {
            dialogs.showError(UiText.get("export.failed"), ExportProblem.describe(out, e));
        }
    }

    /** True to go on: nothing left to fill, or the user chose to export anyway. */
    private boolean confirmRemaining(List<Placeholder> remaining, ExportFormat format) {
        if (remaining.isEmpty()) {
            return true;
        }
        return switch (dialogs.askExportWithPlaceholders(remaining, format)) {
            case EXPORT_ANYWAY -> true;
            case FILL_FIRST -> {
                fillFirst.accept(remaining.get(0));
                yield false;
            }
            case CANCEL -> false;
        };
    }
}
