package org.speechdraft.ui.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.speechdraft.core.cleanup.ChangeKind;
import org.speechdraft.core.cleanup.CleanupChange;
import org.speechdraft.core.cleanup.RuleReport;
import org.speechdraft.core.importing.ImportNote;
import org.speechdraft.core.importing.ImportedSpeech;
import org.speechdraft.core.importing.SourceDocument;
import org.speechdraft.core.importing.SourceKind;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.text.TextFiles;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogPanes;
import org.speechdraft.ui.editor.AreaDocuments;
import org.speechdraft.ui.editor.SpeechArea;
import org.speechdraft.ui.editor.SpeechEditorView;

/**
 * The import preview (ImportDialog.fxml), for 打开 of a text or Word file and for 清理文本: the
 * clean-up rules with what each did, the cleaned speech with its levels as the editor will show
 * them, and the lines the chosen rule removed or changed.
 */
public final class ImportDialog {

    /** 导入 a file (with 不清理，原样打开 and the encoding), or 清理文本 of the open draft (应用). */
    public enum Mode { IMPORT_FILE, CLEAN_DRAFT }

    @FXML private DialogPane pane;
    @FXML private Label sourceLabel;
    @FXML private Label encodingLabel;
    @FXML private ComboBox<Charset> encodingBox;
    @FXML private ListView<RuleReport> ruleList;
    @FXML private Label summaryLabel;
    @FXML private StackPane previewHost;
    @FXML private ProgressIndicator progress;
    @FXML private Label changesTitle;
    @FXML private ListView<CleanupChange> changeList;
    @FXML private Label wordTitle;
    @FXML private ListView<ImportNote> noteList;

    private final SpeechEditorView previewView = new SpeechEditorView();
    private final SpeechArea preview = previewView.area();
    private ImportPreviewModel model;
    /** The rule whose changes are listed, kept while the rules are switched. */
    private String shownRule;

    /**
     * Shows the preview and starts reading; returns how it was left. A speech that cannot be read
     * closes the dialog with {@link ImportChoice.Failed}.
     *
     * @param source what is being cleaned, for the head line ("文件：讲话.txt")
     */
    public static Optional<ImportChoice> show(Window owner, String title, String source, ImportPreviewModel model,
                                              Mode mode) {
        FXMLLoader loader = DialogPanes.load(ImportDialog.class, "ImportDialog.fxml");
        DialogPane pane = loader.getRoot();
        ImportDialog view = loader.getController();
        boolean importing = mode == Mode.IMPORT_FILE;
        ButtonType accept = new ButtonType(UiText.get(importing ? "import.accept" : "clean.apply"), ButtonData.OK_DONE);
        ButtonType asRead = new ButtonType(UiText.get("import.asRead"), ButtonData.LEFT);
        ButtonType cancel = new ButtonType(UiText.get("import.cancel"), ButtonData.CANCEL_CLOSE);
        if (importing) {
            pane.getButtonTypes().add(asRead);
        }
        pane.getButtonTypes().addAll(accept, cancel);

        Dialog<ImportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.setDialogPane(pane);
        DialogPanes.useAppStyles(pane);
        view.bind(model, source);

        var waiting = model.busyProperty().or(model.resultProperty().isNull());
        pane.lookupButton(accept).setId("importAccept");
        pane.lookupButton(accept).disableProperty().bind(waiting);
        pane.lookupButton(cancel).setId("importCancel");
        if (importing) {
            pane.lookupButton(asRead).setId("importAsRead");
            pane.lookupButton(asRead).disableProperty().bind(waiting);
        }
        dialog.setResultConverter(button -> {
            ImportedSpeech speech = model.resultProperty().get();
            if (button == accept) {
                return new ImportChoice.Cleaned(speech);
            }
            return button == asRead ? new ImportChoice.AsRead(speech.source()) : null;
        });
        model.failureProperty().addListener((obs, was, message) -> {
            if (message != null) {
                dialog.setResult(new ImportChoice.Failed(message));
                dialog.close();
            }
        });
        // Enter imports (or applies) once there is something to import; rules and encoding are a click away.
        model.resultProperty().addListener((obs, was, now) -> {
            if (was == null) {
                pane.lookupButton(accept).requestFocus();
            }
        });
        model.read(null);
        try {
            return dialog.showAndWait();
        } finally {
            model.close();
        }
    }

    private void bind(ImportPreviewModel previewModel, String source) {
        this.model = previewModel;
        sourceLabel.setText(source);
        preview.setId("importPreview");
        preview.setEditable(false);
        preview.setPlaceholder(null);
        preview.getStyleClass().add("sd-import-preview-area");
        preview.getStylesheets().add(ImportDialog.class.getResource("import.css").toExternalForm());
        previewHost.getChildren().add(0, previewView.node());
        progress.visibleProperty().bind(model.busyProperty());
        encodingBox.getItems().setAll(TextFiles.commonEncodings());
        encodingBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Charset charset) {
                return charset == null ? "" : encodingName(charset);
            }

            @Override
            public Charset fromString(String s) {
                return null;
            }
        });
        encodingBox.setOnAction(e -> {
            if (encodingBox.getValue() != null) {
                model.read(encodingBox.getValue());
            }
        });
        ruleList.setCellFactory(list -> new RuleCell(model));
        changeList.setCellFactory(list -> new ChangeCell());
        noteList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setPrefWidth(0); // wrapped, not scrolled sideways
                setWrapText(true);
            }

            @Override
            protected void updateItem(ImportNote note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : note.message());
            }
        });
        changeList.setPlaceholder(new Label(UiText.get("import.changes.none")));
        ruleList.getSelectionModel().selectedItemProperty().addListener((obs, was, rule) -> showChanges(rule));
        model.resultProperty().addListener((obs, was, speech) -> show(speech));
        summaryLabel.setText(UiText.get("import.reading"));
        showChanges(null);
    }

    private void show(ImportedSpeech speech) {
        SourceDocument source = speech.source();
        boolean text = source.kind() == SourceKind.TEXT;
        encodingLabel.setVisible(text);
        encodingBox.setVisible(text);
        if (text) {
            encodingLabel.setText(UiText.get(encodingBox.getValue() == null ? "import.encoding.detected"
                    : "import.encoding.chosen", encodingName(source.encoding())));
        }
        List<DraftParagraph> paragraphs = speech.draft().paragraphs();
        preview.replace(0, preview.getLength(), AreaDocuments.toDocument(paragraphs));
        preview.moveTo(0);
        preview.requestFollowCaret();
        long headings = paragraphs.stream().filter(p -> p.level() == ParagraphLevel.HEADING_1).count();
        summaryLabel.setText(UiText.get("import.summary", paragraphs.size(), headings,
                speech.placeholders().placeholders().size()));
        showWordReport(speech);

        String keep = shownRule;
        List<RuleReport> rules = speech.cleanup().rules();
        ruleList.getItems().setAll(rules);
        RuleReport again = rules.stream().filter(r -> r.rule().id().equals(keep)).findFirst()
                .or(() -> keep == null ? firstToCheck(speech.cleanup().effective()) : Optional.empty())
                .orElse(null);
        ruleList.getSelectionModel().select(again);
        showChanges(again);
    }

    /** How many 修订 and 批注 the document has, and what did not come in as it was. */
    private void showWordReport(ImportedSpeech speech) {
        int revisions = speech.revisionCount();
        int comments = speech.draft().comments().size();
        boolean any = revisions > 0 || comments > 0 || !speech.notes().isEmpty();
        for (javafx.scene.Node node : List.of(wordTitle, noteList)) {
            node.setVisible(any);
            node.setManaged(any);
        }
        if (!any) {
            return;
        }
        String found = revisions == 0 && comments == 0 ? UiText.get("import.word.nothing")
                : UiText.get("import.word.found", revisions, comments)
                + (revisions > 0 ? UiText.get("import.word.review") : "");
        wordTitle.setText(speech.notes().isEmpty() ? found : found + UiText.get("import.word.notes", speech.notes().size()));
        noteList.getItems().setAll(speech.notes());
    }

    /** At first the changes most worth a look: the first rule that removed whole lines, else the first that did anything. */
    private static Optional<RuleReport> firstToCheck(List<RuleReport> effective) {
        return effective.stream().filter(r -> r.count(ChangeKind.REMOVED) > 0).findFirst()
                .or(() -> effective.stream().findFirst());
    }

    private void showChanges(RuleReport rule) {
        if (rule == null) {
            changesTitle.setText(UiText.get("import.changes.choose"));
            changeList.getItems().clear();
            return;
        }
        shownRule = rule.rule().id();
        changesTitle.setText(UiText.get("import.changes.title", rule.rule().name(), RuleCell.countText(rule)));
        changeList.getItems().setAll(rule.changes());
    }

    /** "GB18030（GBK）", as users know the encodings. */
    static String encodingName(Charset charset) {
        return UiText.get("import.encoding." + charset.name());
    }
}
