package org.speechdraft.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.speech.SpeechTiming;
import org.speechdraft.core.storage.RecoverySession;
import org.speechdraft.core.storage.Settings;
import org.speechdraft.ui.action.ActionControls;
import org.speechdraft.ui.action.MainActions;
import org.speechdraft.ui.action.MainCommands;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.document.Autosaver;
import org.speechdraft.ui.document.DraftSession;
import org.speechdraft.ui.editor.AreaFindTarget;
import org.speechdraft.ui.editor.EditorStats;
import org.speechdraft.ui.editor.SpeechArea;
import org.speechdraft.ui.editor.SpeechAreaDocument;
import org.speechdraft.ui.editor.SpeechEditorView;
import org.speechdraft.ui.find.FindBarController;
import org.speechdraft.ui.find.FindModel;

/**
 * The main window (MainWindow.fxml): wires menu, toolbar, editor, find bar and status bar to the
 * session and the editor. Behaviour lives in {@link DraftSession}, {@link SpeechArea} and
 * {@link FindModel}; this class only connects them.
 */
public final class MainWindowController implements MainCommands {

    @FXML private BorderPane root;
    @FXML private Menu fileMenu;
    @FXML private Menu editMenu;
    @FXML private Menu formatMenu;
    @FXML private Menu viewMenu;
    @FXML private Menu helpMenu;
    @FXML private ToolBar toolBar;
    @FXML private ComboBox<ParagraphLevel> levelBox;
    @FXML private StackPane editorHost;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Label statusMessage;
    @FXML private Label sectionLabel;
    @FXML private Label charsLabel;
    @FXML private Label paragraphsLabel;
    @FXML private Label pagesLabel;
    @FXML private Label fontsLabel;
    @FXML private Menu outlineMenu;
    @FXML private Menu reviewMenu;
    @FXML private javafx.scene.control.Tab commentTab;
    @FXML private javafx.scene.layout.VBox topBars;
    @FXML private org.speechdraft.ui.outline.OutlinePaneController outlinePaneController;
    @FXML private org.speechdraft.ui.placeholder.PlaceholderPaneController placeholderPaneController;
    @FXML private Label placeholdersLabel;
    @FXML private Label timeLabel;
    @FXML private javafx.scene.control.Tab placeholderTab;
    @FXML private javafx.scene.control.Tab checkTab;

    private SpeechArea area;
    private DraftSession session;
    private org.speechdraft.ui.export.ExportFlow exportFlow;
    private org.speechdraft.ui.snapshot.SnapshotFlow snapshotFlow;
    private Autosaver autosaver;
    private FindModel findModel;
    private LazyPane<FindBarController> findBar;
    private org.speechdraft.ui.outline.OutlineModel outlineModel;
    private org.speechdraft.ui.outline.OutlineCommands outlineCommands;
    private AppContext context;
    private DialogService dialogs;
    private RecoverySession recovery;
    private Runnable closeWindow = () -> { };
    private final Menu recentMenu = new Menu(UiText.get("menu.recent"));
    private org.speechdraft.ui.template.TemplateCommands templates;
    private org.speechdraft.ui.importing.ImportFlow importFlow;
    private org.speechdraft.ui.comment.CommentModel commentModel;
    private LazyPane<org.speechdraft.ui.comment.CommentPaneController> commentPane;
    private org.speechdraft.ui.page.PagesModel pages;
    private org.speechdraft.ui.page.PageViewPane pageView;
    private org.speechdraft.ui.page.PrintFlow printFlow;

    /** Called once after loading, before the window shows. */
    void init(AppContext appContext, DialogService dialogService, RecoverySession recoverySession, Runnable close) {
        this.context = appContext;
        this.dialogs = dialogService;
        this.recovery = recoverySession;
        this.closeWindow = close;
        SpeechEditorView editorView = new SpeechEditorView();
        area = editorView.area();
        var pasteBar = new org.speechdraft.ui.importing.PasteCleanupBar(area);
        javafx.scene.layout.VBox.setVgrow(editorView.node(), javafx.scene.layout.Priority.ALWAYS);
        editorHost.getChildren().add(new javafx.scene.layout.VBox(pasteBar.node(), editorView.node()));

        session = new DraftSession(new SpeechAreaDocument(area), dialogs, context.settings(), recovery);
        autosaver = new Autosaver(session, recovery);
        importFlow = new org.speechdraft.ui.importing.ImportFlow(session, area, dialogs);
        templates = new org.speechdraft.ui.template.TemplateCommands(
                new org.speechdraft.ui.template.TemplateLibraryKeeper(context.home(), context.settings()), session, area,
                dialogs, () -> context.settings().get().lastDirectory(), java.time.LocalDate::now);
        findModel = new FindModel(new AreaFindTarget(area));
        findBar = new LazyPane<>(FindBarController.class, "FindBar.fxml", (bar, pane) -> {
            bar.bind(findModel, this::closeFind);
            topBars.getChildren().add(pane);
        });
        area.typingPauses()
                .filter(pause -> findBar.ifLoaded().filter(FindBarController::isShowing).isPresent())
                .subscribe(pause -> findModel.refresh());

        outlineModel = new org.speechdraft.ui.outline.OutlineModel(area);
        IntegerBinding pace = Bindings.createIntegerBinding(() -> session.metaProperty().get().pace(),
                session.metaProperty());
        outlineCommands = new org.speechdraft.ui.outline.OutlineCommands(area, outlineModel);
        outlineCommands.renumberAfterStructuralEdits();
        outlinePaneController.bind(outlineModel, outlineCommands, this::showInText, pace);
        var placeholders = new org.speechdraft.ui.placeholder.PlaceholderModel(area, outlineModel,
                session.placeholderValues());
        placeholderPaneController.bind(placeholders, dialogs, session::lastDirectory);
        var checks = new org.speechdraft.ui.check.CheckModel(area);
        LazyPane.inTab(checkTab, org.speechdraft.ui.check.CheckPaneController.class, "CheckPane.fxml",
                pane -> pane.bind(checks));
        placeholderTab.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("placeholder.tab", placeholders.remainingProperty().get()), placeholders.remainingProperty()));
        checkTab.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("check.tab", checks.problems().size()), checks.problems()));
        placeholders.setBeforeFillingAll(() -> session.takeSnapshot(UiText.get("snapshot.auto.import"), true));
        snapshotFlow = new org.speechdraft.ui.snapshot.SnapshotFlow(session, area, dialogs);
        bindComments();
        importFlow.setOnImported(this::afterImport);
        pages = new org.speechdraft.ui.page.PagesModel(area);
        pageView = new org.speechdraft.ui.page.PageViewPane(split, 2, pages,
                () -> new org.speechdraft.core.export.ExportPresetStore(context.home()).list(), this::showInText);
        printFlow = new org.speechdraft.ui.page.PrintFlow(pages, dialogs, session.statusProperty());
        org.speechdraft.ui.page.ScreenFontStatus.follow(pages, editorView, fontsLabel);
        exportFlow = new org.speechdraft.ui.export.ExportFlow(session, dialogs,
                new org.speechdraft.core.export.ExportPresetStore(context.home()), placeholderPaneController::show,
                () -> context.settings().get().author(), pages.presetProperty());
        placeholdersLabel.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("status.placeholders", placeholders.remainingProperty().get()),
                placeholders.remainingProperty()));
        // The side panes keep their width when the window grows; the text gets the room.
        javafx.scene.control.SplitPane.setResizableWithParent(split.getItems().get(0), false);
        javafx.scene.control.SplitPane.setResizableWithParent(split.getItems().get(2), false);
        MainActions actions = new MainActions(this,
                Bindings.createBooleanBinding(() -> !area.isUndoAvailable(), area.undoAvailableProperty()),
                Bindings.createBooleanBinding(() -> !area.isRedoAvailable(), area.redoAvailableProperty()),
                Bindings.createBooleanBinding(() -> area.getSelection().getLength() == 0, area.selectionProperty()),
                Bindings.createBooleanBinding(() -> snapshotFlow.latestRevised().isEmpty(), session.snapshots().list()));
        buildMenus(actions);
        buildToolbar(actions);
        buildContextMenu(actions);
        bindLevelBox();
        bindStatusBar();
        context.settings().property().addListener((obs, o, n) -> rebuildRecentMenu(n));
        rebuildRecentMenu(context.settings().get());
        autosaver.start();
        Platform.runLater(area::requestFocus);
    }

    private void buildMenus(MainActions a) {
        fileMenu.getItems().setAll(item(a.newDraft), item(a.open), recentMenu, new SeparatorMenuItem(),
                item(a.save), item(a.saveAs), item(a.saveAsTemplate), item(a.extractTemplate), new SeparatorMenuItem(),
                item(a.takeSnapshot), item(a.snapshots), new SeparatorMenuItem(), item(a.exportDocx), item(a.exportRevisions),
                item(a.exportText), new SeparatorMenuItem(), item(a.print),
                new SeparatorMenuItem(), item(a.meta), new SeparatorMenuItem(),
                item(a.exit));
        editMenu.getItems().setAll(item(a.undo), item(a.redo), new SeparatorMenuItem(), item(a.cut), item(a.copy),
                item(a.paste), item(a.selectAll), new SeparatorMenuItem(), item(a.phrases), item(a.cleanText), new SeparatorMenuItem(),
                item(a.find), item(a.replace));
        viewMenu.getItems().setAll(ActionControls.checkMenuItem(a.pageView, pageView.showingProperty()));
        formatMenu.getItems().clear();
        for (ParagraphLevel level : ParagraphLevel.values()) {
            formatMenu.getItems().add(item(a.levels.get(level)));
        }
        formatMenu.getItems().addAll(new SeparatorMenuItem(), item(a.bold), item(a.highlight));
        outlineMenu.getItems().setAll(item(a.sectionUp), item(a.sectionDown), item(a.sectionPromote),
                item(a.sectionDemote), new SeparatorMenuItem(), item(a.renumber), new SeparatorMenuItem(),
                item(a.insertTemplateSection));
        reviewMenu.getItems().setAll(item(a.newComment), new SeparatorMenuItem(), item(a.reviewRevisions),
                item(a.compareWithFile), item(a.snapshots), new SeparatorMenuItem(), item(a.exportRevisions),
                new SeparatorMenuItem(), item(a.userName));
        helpMenu.getItems().setAll(item(a.about));
    }

    /** Right-click in the text: the editing actions Word users reach for there. */
    private void buildContextMenu(MainActions a) {
        area.setContextMenu(new javafx.scene.control.ContextMenu(item(a.cut), item(a.copy), item(a.paste),
                new SeparatorMenuItem(), item(a.bold), item(a.highlight), new SeparatorMenuItem(),
                item(a.levels.get(ParagraphLevel.HEADING_1)), item(a.levels.get(ParagraphLevel.HEADING_2)),
                item(a.levels.get(ParagraphLevel.BODY)), new SeparatorMenuItem(), item(a.newComment), item(a.find)));
    }

    private static MenuItem item(org.speechdraft.ui.action.AppAction action) {
        return ActionControls.menuItem(action);
    }

    private void buildToolbar(MainActions a) {
        var items = toolBar.getItems();
        items.add(0, ActionControls.button(a.newDraft));
        items.add(1, ActionControls.button(a.open));
        items.add(2, ActionControls.button(a.save));
        items.add(3, ActionControls.button(a.exportDocx));
        items.add(4, new Separator());
        items.addAll(ActionControls.button(a.bold), ActionControls.button(a.highlight), new Separator(),
                ActionControls.button(a.undo), ActionControls.button(a.redo), new Separator(),
                ActionControls.button(a.cut), ActionControls.button(a.copy), ActionControls.button(a.paste),
                new Separator(), ActionControls.button(a.find), ActionControls.button(a.replace), new Separator(),
                ActionControls.button(a.pageView), ActionControls.button(a.meta));
    }

    private void bindLevelBox() {
        levelBox.setItems(FXCollections.observableArrayList(ParagraphLevel.values()));
        ChoiceNames.show(levelBox, level -> UiText.get("action.level." + level.name()));
        // Showing the caret's level must not count as the user choosing one (which refocuses the text).
        boolean[] showing = {false};
        Runnable showCaretLevel = () -> {
            showing[0] = true;
            levelBox.setValue(area.levelAtCaret());
            showing[0] = false;
        };
        area.currentParagraphProperty().addListener((obs, o, n) -> showCaretLevel.run());
        area.richChanges().subscribe(ch -> showCaretLevel.run());
        showCaretLevel.run();
        levelBox.setOnAction(e -> {
            if (showing[0]) {
                return;
            }
            ParagraphLevel chosen = levelBox.getValue();
            if (chosen != null && chosen != area.levelAtCaret()) {
                area.setLevelOfSelection(chosen);
            }
            area.requestFocus();
        });
    }

    /** "用时约12分钟", and against the target when there is one (in red when over it). */
    private void bindSpeakingTime() {
        var timing = outlineModel.timingProperty();
        var meta = session.metaProperty();
        timeLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            double minutes = SpeechTiming.minutes(timing.get().total(), meta.get().pace());
            String said = SpeechTiming.describe(minutes);
            int target = meta.get().targetMinutes();
            if (target == 0) {
                return UiText.get("status.time", said);
            }
            long over = Math.round(minutes - target);
            return over > 0 ? UiText.get("status.time.over", said, over) : UiText.get("status.time.target", said, target);
        }, timing, meta));
        timing.addListener((obs, o, n) -> markOverTime());
        meta.addListener((obs, o, n) -> markOverTime());
        timeLabel.setTooltip(new javafx.scene.control.Tooltip());
        timeLabel.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("status.time.tooltip", meta.get().pace()), meta));
    }

    private void markOverTime() {
        DraftMeta meta = session.metaProperty().get();
        double minutes = SpeechTiming.minutes(outlineModel.timingProperty().get().total(), meta.pace());
        timeLabel.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"),
                meta.targetMinutes() > 0 && Math.round(minutes - meta.targetMinutes()) > 0);
    }

    private void bindStatusBar() {
        EditorStats stats = new EditorStats(area);
        charsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("status.chars", stats.charactersProperty().get()), stats.charactersProperty()));
        paragraphsLabel.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("status.paragraphs", stats.paragraphsProperty().get()), stats.paragraphsProperty()));
        var section = outlineModel.caretSectionProperty();
        sectionLabel.textProperty().bind(Bindings.createStringBinding(
                () -> section.get().isEmpty() ? UiText.get("status.section.none")
                        : UiText.get("status.section", section.get()), section));
        statusMessage.textProperty().bind(session.statusProperty());
        bindSpeakingTime();
        org.speechdraft.ui.page.PageStatus.bind(pagesLabel, pages);
    }

    /** The 批注 tab: its count from the start, its pane loaded when first shown. */
    private void bindComments() {
        commentModel = new org.speechdraft.ui.comment.CommentModel(area, session.comments(),
                () -> context.settings().get().author());
        commentPane = LazyPane.inTab(commentTab, org.speechdraft.ui.comment.CommentPaneController.class,
                "CommentPane.fxml", pane -> pane.bind(commentModel, dialogs::askCommentText));
        commentTab.textProperty().bind(Bindings.createStringBinding(
                () -> UiText.get("comment.tab", commentModel.openProperty().get()), commentModel.openProperty()));
    }

    /** A marked-up Word document just imported: its 修订 to review at once, its 批注 in view. */
    private void afterImport(org.speechdraft.core.importing.ImportedSpeech speech) {
        if (!speech.draft().comments().isEmpty()) {
            commentTab.getTabPane().getSelectionModel().select(commentTab);
        }
        if (speech.revisedVersion().isPresent()) {
            Platform.runLater(snapshotFlow::reviewRevisions);
        }
    }

    private void rebuildRecentMenu(Settings settings) {
        List<Path> recent = settings.recentFiles();
        recentMenu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(UiText.get("menu.recent.empty"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        int n = 1;
        for (Path p : recent) {
            MenuItem item = new MenuItem("_" + n++ + "  " + p.getFileName() + "    " + p.toAbsolutePath().getParent());
            item.setMnemonicParsing(true);
            item.setOnAction(e -> importFlow.openRecent(p));
            recentMenu.getItems().add(item);
        }
        MenuItem clear = new MenuItem(UiText.get("menu.recent.clear"));
        clear.setOnAction(e -> context.settings().update(s -> {
            Settings cleared = s;
            for (Path p : s.recentFiles()) {
                cleared = cleared.withoutRecentFile(p);
            }
            return cleared;
        }));
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private void closeFind() {
        findBar.ifLoaded().ifPresent(FindBarController::hide);
        area.requestFocus();
    }

    /** Asks about unsaved changes; when the window may close, stops autosave and clears recovery. */
    boolean prepareToClose() {
        autosaver.pause();
        if (!session.confirmDiscardOrSave()) {
            autosaver.start();
            return false;
        }
        autosaver.shutdown();
        // Saved, discarded or never changed: nothing in the recovery folder is needed any more.
        recovery.clear();
        return true;
    }

    /** Autosave when the user switches to another program. */
    void onWindowFocusLost() {
        autosaver.autosaveIfChanged();
    }

    /** The file named on the command line: a draft opens at once, a text or Word file in the import preview over the window. */
    void openAtStart(Path file) {
        if (org.speechdraft.ui.importing.ImportFlow.isDraftFile(file)) {
            session.load(file);
        } else {
            Platform.runLater(() -> importFlow.open(file));
        }
    }

    DraftSession session() {
        return session;
    }

    SpeechArea area() {
        return area;
    }

    // ---- MainCommands ---------------------------------------------------------------------

    @Override public void newDraft() { templates.newDraft(); area.requestFocus(); }
    @Override public void open() { importFlow.open(); area.requestFocus(); }
    @Override public void save() { session.save(); }
    @Override public void saveAs() { session.saveAs(); }
    @Override public void exportDocx() { exportFlow.exportDocx(); }
    @Override public void exportText() { exportFlow.exportText(); }
    @Override public void exportRevisions() { exportFlow.exportRevisions(); }
    @Override public void togglePageView() { pageView.toggle(); }
    @Override public void print() { printFlow.print(); }

    /** For tests: printing goes to {@code target} instead of the machine's printers. */
    void usePrintTarget(org.speechdraft.ui.page.PrintTarget target) {
        printFlow.useTarget(target);
    }

    /** Puts the caret at a place of the draft (a heading in the outline, a line of the page view) and shows it. */
    private void showInText(int paragraph, int column) {
        area.moveTo(area.editorPosition(paragraph, column));
        area.showParagraphAtTop(Math.max(0, paragraph - 1));
        area.requestFocus();
    }
    @Override public void editMeta() { session.editMeta(); }

    /** 常用语: inserted at the caret (over the selection) as one undo step. */
    @Override
    public void insertPhrase() {
        org.speechdraft.core.phrase.PhraseLibrary library;
        try {
            library = org.speechdraft.core.phrase.PhraseLibrary.load(context.home());
        } catch (org.speechdraft.core.storage.DraftFileException e) {
            dialogs.showError(UiText.get("phrase.failed"), e.getMessage());
            return;
        }
        dialogs.choosePhrase(library, area.getSelectedText()).ifPresent(text -> {
            area.getUndoManager().preventMerge();
            area.replaceSelection(text);
            area.getUndoManager().preventMerge();
            area.requestFocus();
        });
    }
    @Override public void exit() { closeWindow.run(); }
    @Override public void undo() { area.undo(); }
    @Override public void redo() { area.redo(); }
    @Override public void cut() { area.cut(); }
    @Override public void copy() { area.copy(); }
    @Override public void paste() { area.paste(); }
    @Override public void selectAll() { area.selectAll(); }
    @Override public void find() { findBar.controller().show(false, area.getSelectedText()); }
    @Override public void replace() { findBar.controller().show(true, area.getSelectedText()); }
    @Override public void bold() { area.toggleBold(); }
    @Override public void highlight() { area.toggleHighlight(); }
    @Override public void setLevel(ParagraphLevel level) { area.setLevelOfSelection(level); area.requestFocus(); }
    @Override public void about() { dialogs.showAbout(context.home().root()); }
    @Override public void sectionUp() { outlineCommands.moveUp(); }
    @Override public void sectionDown() { outlineCommands.moveDown(); }
    @Override public void sectionPromote() { outlineCommands.promote(); }
    @Override public void sectionDemote() { outlineCommands.demote(); }
    @Override public void renumber() { outlineCommands.renumber(); }
    @Override public void insertTemplateSection() { templates.insertSection(); }
    @Override public void saveAsTemplate() { templates.saveAsTemplate(); }
    @Override public void takeSnapshot() { snapshotFlow.takeSnapshot(); }
    @Override public void showSnapshots() { snapshotFlow.showSnapshots(); }
    @Override public void cleanText() { importFlow.cleanText(); }
    @Override public void extractTemplate() { templates.extractTemplate(); }
    @Override public void reviewRevisions() { snapshotFlow.reviewRevisions(); }
    @Override public void compareWithFile() { snapshotFlow.compareWithFile(); }

    /** 新建批注: the 批注 tab comes to the front and asks what the comment on the selected text says. */
    @Override
    public void newComment() {
        commentTab.getTabPane().getSelectionModel().select(commentTab);
        commentPane.controller().addToSelection();
        area.requestFocus();
    }

    @Override
    public void editUserName() {
        dialogs.askUserName(context.settings().get().userName())
                .ifPresent(name -> context.settings().update(s -> s.withUserName(name)));
    }
}
