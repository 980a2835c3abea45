package org.speechdraft.ui.template;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import org.speechdraft.core.template.FieldDefaults;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;

/**
 * The gallery (TemplateGallery.fxml): binds the search box, the category and template lists and
 * the preview to a {@link TemplateGalleryModel}, and offers the {@link GalleryCommands} (收藏, 复制,
 * 重命名, 编辑信息, 删除, 导入, 导出, 共享文件夹) in its buttons and menus.
 */
public final class TemplateGalleryController {

    @FXML private DialogPane pane;
    @FXML private TextField searchField;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private Button sharedButton;
    @FXML private HBox problemsBar;
    @FXML private Label problemsLabel;
    @FXML private Hyperlink problemsDetails;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private Hyperlink undoDeleteLink;
    @FXML private ListView<GalleryFilter> categoryList;
    @FXML private ListView<TemplateEntry> templateList;
    @FXML private Button favouriteButton;
    @FXML private MenuButton manageButton;
    @FXML private Label previewName;
    @FXML private Label previewSource;
    @FXML private Label previewDescription;
    @FXML private Label insertHint;
    @FXML private ListView<OutlineRow> outlineList;
    @FXML private Label fieldsTitle;
    @FXML private ListView<TemplateField> fieldList;

    private TemplateGalleryModel model;
    private GalleryMode mode;
    private GalleryCommands commands;
    private Runnable onChoose = () -> { };
    /** A colleague changed the shared folder: read the library again (the selection stays). */
    private final FolderWatch watch = new FolderWatch(() -> model.reload());
    private final ReadOnlyIntegerWrapper chosenSection = new ReadOnlyIntegerWrapper(-1);
    /** The ids selected before the list was refilled, to select again after. */
    private List<String> wantedIds = List.of();
    private boolean refilling;

    /**
     * Called once after loading.
     *
     * @param dialogService questions and file choosers, shown over the gallery
     * @param lastDir       where file choosers start
     */
    void init(TemplateGalleryModel galleryModel, GalleryMode galleryMode, DialogService dialogService,
              Supplier<Path> lastDir) {
        this.model = galleryModel;
        this.mode = galleryMode;
        this.commands = new GalleryCommands(model, dialogService, lastDir, () -> pane.getScene().getWindow(),
                this::selectIds);
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchField.setOnAction(e -> onChoose.run()); // type, Enter: the first match
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                templateList.requestFocus();
                e.consume();
            }
        });
        bindCategories();
        bindTemplates();
        bindPreview();
        bindNotices();
        buildCommands();
        model.reload();
        watch.watch(model.sharedFolder());
    }

    /** Run on double-click or Enter: the dialog's main button. */
    void setOnChoose(Runnable action) {
        this.onChoose = action;
    }

    /** Stops watching the shared folder; call when the gallery closes. */
    void close() {
        watch.stop();
    }

    /** The template the preview shows, or null. */
    Template selectedTemplate() {
        TemplateEntry entry = templateList.getSelectionModel().getSelectedItem();
        return entry == null ? null : entry.template();
    }

    /** The level-1 section chosen in the preview (insert mode), -1 for none. */
    ReadOnlyIntegerProperty chosenSectionProperty() {
        return chosenSection.getReadOnlyProperty();
    }

    /** True when the main button (创建 / 插入此章节) has something to act on. */
    BooleanBinding canChoose() {
        var selected = templateList.getSelectionModel().selectedItemProperty();
        return mode == GalleryMode.CREATE ? selected.isNotNull()
                : selected.isNotNull().and(chosenSection.greaterThanOrEqualTo(0));
    }

    // ---- lists ------------------------------------------------------------------------------

    private void bindCategories() {
        categoryList.setItems(model.filters());
        categoryList.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(GalleryFilter item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        categoryList.getSelectionModel().selectedItemProperty().addListener((obs, o, chosen) -> {
            if (chosen != null) {
                model.filterProperty().set(chosen);
            }
        });
        // Refilled when categories come or go: keep the chosen one, or fall back to 全部.
        model.filters().addListener((ListChangeListener<GalleryFilter>) c -> {
            GalleryFilter chosen = model.filterProperty().get();
            categoryList.getSelectionModel().select(model.filters().contains(chosen) ? chosen : GalleryFilter.ALL);
        });
    }

    private void bindTemplates() {
        templateList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        templateList.setCellFactory(view -> new TemplateCell());
        templateList.setPlaceholder(new Label(UiText.get("gallery.empty")));
        // Registered before setItems, so it runs before the list view drops its selection on a refill.
        model.entries().addListener((ListChangeListener<TemplateEntry>) c -> refilling = true);
        templateList.setItems(model.entries());
        model.entries().addListener((ListChangeListener<TemplateEntry>) c -> {
            refilling = false;
            selectIds(wantedIds);
        });
        templateList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TemplateEntry>) c -> {
            if (!refilling) {
                wantedIds = templateList.getSelectionModel().getSelectedItems().stream()
                        .filter(e -> e != null).map(e -> e.template().id()).toList();
            }
        });
        templateList.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selectedTemplate() != null) {
                onChoose.run();
            }
        });
        chooseOnEnter(templateList);
        chooseOnEnter(outlineList);
    }

    /** A list view keeps Enter to itself; in the gallery it means the main button, as elsewhere in the dialog. */
    private void chooseOnEnter(ListView<?> list) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onChoose.run();
            }
        });
    }

    /** Selects the templates with these ids that are listed, else the first one listed. */
    private void selectIds(List<String> ids) {
        var selection = templateList.getSelectionModel();
        List<TemplateEntry> items = templateList.getItems();
        selection.clearSelection();
        for (int i = 0; i < items.size(); i++) {
            if (ids.contains(items.get(i).template().id())) {
                selection.select(i);
            }
        }
        if (selection.isEmpty() && !items.isEmpty()) {
            selection.select(0);
        }
        if (!selection.isEmpty()) {
            templateList.scrollTo(selection.getSelectedIndex());
        }
    }

    // ---- preview ----------------------------------------------------------------------------

    private void bindPreview() {
        outlineList.setCellFactory(view -> new HintCell<>(row -> new HintCell.Lines(row.section().heading(),
                row.section().hint(), row.section().depth(), row.isTopLevel())));
        fieldList.setCellFactory(view -> new HintCell<>(TemplateGalleryController::describeField));
        fieldList.setPlaceholder(new Label(UiText.get("gallery.preview.noFields")));
        boolean inserting = mode == GalleryMode.INSERT;
        insertHint.setVisible(inserting);
        insertHint.setManaged(inserting);
        outlineList.setFocusTraversable(inserting);
        outlineList.getSelectionModel().selectedItemProperty().addListener((obs, o, row) -> {
            if (!inserting) {
                return;
            }
            chosenSection.set(row == null ? -1 : row.sectionIndex());
            if (row != null && !row.isTopLevel()) {
                // A whole level-1 section is inserted: show that by selecting its heading.
                javafx.application.Platform.runLater(() -> selectSection(row.sectionIndex()));
            }
        });
        templateList.getSelectionModel().selectedItemProperty().addListener((obs, o, entry) -> showPreview(entry));
        showPreview(null);
    }

    private void showPreview(TemplateEntry entry) {
        if (entry == null) {
            previewName.setText("");
            previewSource.setText("");
            previewDescription.setText(UiText.get("gallery.preview.none"));
            outlineList.getItems().clear();
            fieldList.getItems().clear();
            fieldsTitle.setText(UiText.get("gallery.preview.fields", 0));
            return;
        }
        Template t = entry.template();
        previewName.setText((entry.favourite() ? "★ " : "") + t.name());
        previewSource.setText(UiText.get("gallery.preview.meta", t.category(), t.source().displayName(),
                t.sectionCount(), t.fields().size()));
        previewDescription.setText(t.description());
        outlineList.getItems().setAll(OutlineRow.of(t.sections()));
        fieldList.getItems().setAll(t.fields());
        fieldsTitle.setText(UiText.get("gallery.preview.fields", t.fields().size()));
        if (mode == GalleryMode.INSERT) {
            selectSection(0);
        }
    }

    private void selectSection(int sectionIndex) {
        List<OutlineRow> rows = outlineList.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isTopLevel() && rows.get(i).sectionIndex() == sectionIndex) {
                outlineList.getSelectionModel().select(i);
                return;
            }
        }
        chosenSection.set(-1);
    }

    private static HintCell.Lines describeField(TemplateField f) {
        String head = f.unit().isEmpty() ? f.name() : UiText.get("gallery.field.withUnit", f.name(), f.unit());
        List<String> hint = new ArrayList<>();
        hint.add(f.kind().displayName());
        if (!f.hint().isEmpty()) {
            hint.add(f.hint());
        }
        if (f.hasDefault()) {
            hint.add(UiText.get("gallery.field.default", FieldDefaults.resolve(f.defaultValue(), LocalDate.now())));
        }
        return new HintCell.Lines(head, String.join(UiText.get("gallery.field.join"), hint), 1, false);
    }

    // ---- notices ----------------------------------------------------------------------------

    private void bindNotices() {
        var problems = model.problemsProperty();
        problemsLabel.textProperty().bind(Bindings.createStringBinding(() -> ProblemNotice.summary(problems.get()),
                problems));
        Tooltip reasons = new Tooltip();
        reasons.setWrapText(true);
        reasons.setMaxWidth(600);
        reasons.textProperty().bind(Bindings.createStringBinding(() -> ProblemNotice.details(problems.get()), problems));
        problemsLabel.setTooltip(reasons);
        showWhen(problemsBar, Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems));
        problemsDetails.setOnAction(e -> commands.showProblems(problems.get()));
        noticeLabel.textProperty().bind(model.noticeProperty());
        showWhen(noticeBar, model.noticeProperty().isNotEmpty());
        showWhen(undoDeleteLink, model.lastDeletedProperty().isNotNull());
        undoDeleteLink.setOnAction(e -> commands.undoDelete());
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    // ---- commands ---------------------------------------------------------------------------

    /** One command on the selected template(s), offered in the 管理 menu and the list's context menu. */
    private record Command(String textKey, BooleanBinding disabled, Consumer<List<Template>> action) {
    }

    private void buildCommands() {
        var selection = templateList.getSelectionModel();
        BooleanBinding none = Bindings.isEmpty(selection.getSelectedItems());
        // From the selected items alone: the selected item property may not have caught up when they change.
        BooleanBinding notOneOfMine = Bindings.createBooleanBinding(() -> selection.getSelectedItems().size() != 1
                || selection.getSelectedItems().get(0) == null
                || selection.getSelectedItems().get(0).template().isReadOnly(), selection.getSelectedItems());
        List<Command> forSelection = List.of(
                new Command("gallery.duplicate", none, chosen -> commands.duplicate(chosen.get(0))),
                new Command("gallery.rename", notOneOfMine, chosen -> commands.rename(chosen.get(0))),
                new Command("gallery.editDetails", notOneOfMine, chosen -> commands.editDetails(chosen.get(0))),
                new Command("gallery.delete", notOneOfMine, chosen -> commands.delete(chosen.get(0))),
                new Command("gallery.export", none, commands::export));
        manageButton.getItems().setAll(menuItems(forSelection));
        MenuItem favourite = new MenuItem();
        favourite.textProperty().bind(favouriteButton.textProperty());
        favourite.disableProperty().bind(none);
        favourite.setOnAction(e -> toggleFavourite());
        ContextMenu contextMenu = new ContextMenu(favourite, new SeparatorMenuItem());
        contextMenu.getItems().addAll(menuItems(forSelection));
        templateList.setContextMenu(contextMenu);

        favouriteButton.textProperty().bind(Bindings.createStringBinding(() -> {
            TemplateEntry entry = selection.getSelectedItem();
            return UiText.get(entry != null && entry.favourite() ? "gallery.unfavourite" : "gallery.favourite");
        }, selection.selectedItemProperty()));
        favouriteButton.disableProperty().bind(none);
        favouriteButton.setOnAction(e -> toggleFavourite());
        exportButton.disableProperty().bind(none);
        exportButton.setOnAction(e -> commands.export(selectedTemplates()));
        importButton.setOnAction(e -> commands.importFile());
        sharedButton.setOnAction(e -> commands.chooseSharedFolder().ifPresent(folder -> {
            watch.watch(folder);
            updateSharedTooltip();
        }));
        updateSharedTooltip();
    }

    private List<MenuItem> menuItems(List<Command> list) {
        List<MenuItem> items = new ArrayList<>();
        for (Command c : list) {
            MenuItem item = new MenuItem(UiText.get(c.textKey()));
            item.disableProperty().bind(c.disabled());
            item.setOnAction(e -> c.action().accept(selectedTemplates()));
            items.add(item);
        }
        return items;
    }

    private List<Template> selectedTemplates() {
        return templateList.getSelectionModel().getSelectedItems().stream().map(TemplateEntry::template).toList();
    }

    private void toggleFavourite() {
        TemplateEntry entry = templateList.getSelectionModel().getSelectedItem();
        if (entry != null) {
            commands.toggleFavourite(entry);
        }
    }

    private void updateSharedTooltip() {
        Path folder = model.sharedFolder();
        sharedButton.setTooltip(new Tooltip(UiText.get("gallery.sharedFolder.tooltip",
                folder == null ? UiText.get("gallery.sharedFolder.none") : folder)));
    }
}
