package org.speechdraft.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.speechdraft.core.importing.ImportedSpeech;
import org.speechdraft.core.importing.SourceDocument;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.document.DraftSession;
import org.speechdraft.ui.editor.AreaDocuments;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * 打开 for any past speech and 清理文本: a draft file opens as before; a text file (any encoding) or
 * a Word document goes through the import preview and becomes a new, unsaved draft; the open
 * draft can be cleaned in the same preview, as one undo step. A file that cannot be read is
 * reported and changes nothing.
 */
public final class ImportFlow {

    private final DraftSession session;
    private final SpeechArea area;
    private final DialogService dialogs;
    /** Made when first needed: its clean-up rules need not load at start-up. */
    private SpeechImporter importer;
    private java.util.function.Consumer<ImportedSpeech> onImported = speech -> { };

    public ImportFlow(DraftSession session, SpeechArea area, DialogService dialogs) {
        this.session = session;
        this.area = area;
        this.dialogs = dialogs;
    }

    /** Told of every speech imported into the window (to review its 修订, show its 批注). */
    public void setOnImported(java.util.function.Consumer<ImportedSpeech> listener) {
        onImported = listener;
    }

    private SpeechImporter importer() {
        if (importer == null) {
            importer = new SpeechImporter();
        }
        return importer;
    }

    /** 文件 › 打开: a draft, a text file or a Word document. */
    public void open() {
        dialogs.chooseFileToOpen(session.lastDirectory()).ifPresent(this::open);
    }

    /** Opens {@code file} (chosen, or from 最近打开): a draft directly, anything else through the preview. */
    public void open(Path file) {
        if (isDraftFile(file)) {
            if (session.confirmDiscardOrSave()) {
                session.load(file);
            }
            return;
        }
        importFile(file);
    }

    /** 最近打开: as {@link #open(Path)}; a file that vanished is reported and dropped from the list. */
    public void openRecent(Path file) {
        if (isDraftFile(file) || !Files.exists(file)) {
            session.openRecent(file);
        } else {
            importFile(file);
        }
    }

    private void importFile(Path file) {
        SpeechImporter reader = importer();
        ImportPreviewModel model = new ImportPreviewModel(reader, encoding -> reader.read(file, encoding));
        String name = file.getFileName().toString();
        Optional<ImportChoice> choice = ImportDialog.show(area.getScene().getWindow(),
                UiText.get("import.title", name), UiText.get("import.source.file", name), model,
                ImportDialog.Mode.IMPORT_FILE);
        if (choice.isEmpty()) {
            return;
        }
        if (choice.get() instanceof ImportChoice.Failed failed) {
            dialogs.showError(UiText.get("import.failed", name), failed.message());
            return;
        }
        // Asked only now, so that cancelling the preview leaves the open draft as it was.
        if (!session.confirmDiscardOrSave()) {
            return;
        }
        ImportedSpeech speech = null;
        if (choice.get() instanceof ImportChoice.Cleaned cleaned) {
            speech = cleaned.speech();
        } else if (choice.get() instanceof ImportChoice.AsRead asRead) {
            speech = importer().asRead(asRead.source());
        }
        if (speech != null) {
            session.startImported(speech.draft(), file);
            area.requestFocus();
            onImported.accept(speech);
        }
    }

    /**
     * 清理文本: the open draft through the preview; 应用 replaces the text as one undo step, after an
     * automatic snapshot of the text as it was.
     */
    public void cleanText() {
        List<DraftParagraph> current = AreaDocuments.toParagraphs(area.getDocument());
        ImportPreviewModel model = new ImportPreviewModel(importer(), encoding -> SourceDocument.ofDraft(current));
        Optional<ImportChoice> choice = ImportDialog.show(area.getScene().getWindow(), UiText.get("clean.title"),
                UiText.get("clean.source"), model, ImportDialog.Mode.CLEAN_DRAFT);
        if (choice.isPresent() && choice.get() instanceof ImportChoice.Cleaned cleaned) {
            // Besides Ctrl+Z: the text as it was stays with the draft, for 快照与比较.
            session.takeSnapshot(UiText.get("snapshot.auto.clean"), true);
            int caret = Math.min(area.getCurrentParagraph(), cleaned.speech().draft().paragraphs().size() - 1);
            area.replaceParagraphs(cleaned.speech().draft().paragraphs(), Math.max(0, caret));
            session.statusProperty().set(UiText.get("clean.done",
                    cleaned.speech().cleanup().effective().stream().mapToInt(r -> r.changes().size()).sum()));
        }
        area.requestFocus();
    }

    /** A .sdraft file, which opens without the preview. */
    public static boolean isDraftFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(DraftCodec.EXTENSION);
    }
}
