package org.speechdraft.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.DocxExporter;
import org.speechdraft.core.export.ExportFormat;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.ExportPresetStore;
import org.speechdraft.core.export.ExportProblem;
import org.speechdraft.core.export.ExportResult;
import org.speechdraft.core.export.RemainingPlaceholders;
import org.speechdraft.core.export.TextExporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.document.DraftSession;

/**
 * 导出: the draft as a 公文 DOCX or as plain text. Figures still to fill are never exported by
 * accident: the user is asked first, and a DOCX exported anyway shows them in yellow.
 */
public final class ExportFlow {

    private final DraftSession session;
    private final DialogService dialogs;
    private final ExportPresetStore presets;
    private final Consumer<Placeholder> fillFirst;
    private final DocxExporter docx = new DocxExporter();
    private final TextExporter text = new TextExporter();
    /** The preset of the last export in this window, offered again next time. */
    private String lastPresetId = BuiltInPresets.GONGWEN_ID;

    /** @param fillFirst shows a placeholder to fill when the user would rather fill before exporting */
    public ExportFlow(DraftSession session, DialogService dialogs, ExportPresetStore presets,
                      Consumer<Placeholder> fillFirst) {
        this.session = session;
        this.dialogs = dialogs;
        this.presets = presets;
        this.fillFirst = fillFirst;
    }

    public void exportDocx() {
        export(ExportFormat.DOCX);
    }

    public void exportText() {
        export(ExportFormat.TEXT);
    }

    private void export(ExportFormat format) {
        Draft draft = session.currentDraft();
        List<Placeholder> remaining = RemainingPlaceholders.in(draft);
        if (!confirmRemaining(remaining, format)) {
            return;
        }
        ExportPreset preset = null;
        if (format == ExportFormat.DOCX) {
            Optional<ExportPreset> chosen = dialogs.chooseExportLayout(new ExportPresetModel(presets, lastPresetId));
            if (chosen.isEmpty()) {
                return;
            }
            preset = chosen.get();
            lastPresetId = preset.id();
        }
        Optional<Path> target = dialogs.chooseExportFile(session.lastDirectory(), session.suggestedName(), format);
        if (target.isEmpty()) {
            return;
        }
        Path out = target.get();
        try {
            ExportResult result = preset != null ? docx.export(draft, remaining, preset, out)
                    : text.export(draft, remaining, out);
            session.statusProperty().set(result.hasRemaining()
                    ? UiText.get("status.exportedWithRemaining", out.getFileName(), result.remaining().size())
                    : UiText.get("status.exported", out.getFileName()));
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
