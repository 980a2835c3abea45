package org.speechdraft.ui.template;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.template.ConflictChoice.Resolution;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateDrafts;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateException;
import org.speechdraft.core.template.TemplateExtraction;
import org.speechdraft.core.template.TemplateLibrary;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;
import org.speechdraft.ui.document.DraftSession;
import org.speechdraft.ui.editor.AreaDocuments;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * The main window's template commands: 新建 (through the gallery), 插入模板章节, 存为模板 and 提取为模板.
 */
public final class TemplateCommands {

    private final TemplateLibraryKeeper keeper;
    private final DraftSession session;
    private final SpeechArea area;
    private final DialogService dialogs;
    private final Supplier<Path> lastDirectory;
    private final Supplier<LocalDate> today;
    private final TemplateDrafts drafts = new TemplateDrafts();

    /**
     * @param lastDirectory where file choosers start
     * @param today         the date a new draft gets
     */
    public TemplateCommands(TemplateLibraryKeeper keeper, DraftSession session, SpeechArea area,
                            DialogService dialogs, Supplier<Path> lastDirectory, Supplier<LocalDate> today) {
        this.keeper = keeper;
        this.session = session;
        this.area = area;
        this.dialogs = dialogs;
        this.lastDirectory = lastDirectory;
        this.today = today;
    }

    /**
     * 新建: the gallery; 空白讲话稿 gives an empty draft, 创建 one made from the template, which counts
     * as unsaved so that closing asks.
     */
    public void newDraft() {
        // Unsaved changes are asked about once the user has chosen, so cancelling the gallery
        // leaves the open draft exactly as it was.
        gallery(GalleryMode.CREATE).filter(choice -> session.confirmDiscardOrSave()).ifPresent(choice -> {
            if (choice instanceof GalleryChoice.Create create) {
                Template template = create.template();
                session.startFromTemplate(drafts.newDraft(template, today.get()));
                markUsed(template);
                session.statusProperty().set(UiText.get("status.newFromTemplate", template.name()));
            } else {
                session.startBlank();
            }
        });
    }

    /**
     * 插入模板章节: the chosen level-1 section goes after the section the caret is in (never
     * splitting one, see {@link TemplateDrafts#sectionInsertionPoint}), renumbered to fit, as one
     * undo step; the caret lands on its heading.
     */
    public void insertSection() {
        gallery(GalleryMode.INSERT).ifPresent(choice -> {
            if (choice instanceof GalleryChoice.InsertSection insert) {
                List<DraftParagraph> doc = AreaDocuments.toParagraphs(area.getDocument());
                if (doc.stream().allMatch(DraftParagraph::isBlank)) {
                    doc = List.of(); // an empty draft: the section is all there is, no blank line before it
                }
                session.takeSnapshot(UiText.get("snapshot.auto.template"), true);
                int at = drafts.sectionInsertionPoint(doc, area.getCurrentParagraph());
                area.replaceParagraphs(drafts.insertSection(doc, at, insert.template(), insert.sectionIndex()), at);
                area.showParagraphAtTop(Math.max(0, at - 1)); // the new section in view, with a line of context
                markUsed(insert.template());
                session.statusProperty().set(UiText.get("status.sectionInserted",
                        insert.template().sections().get(insert.sectionIndex()).heading()));
            }
            area.requestFocus();
        });
    }

    /**
     * 存为模板: the draft's structure under a name, category and description; a template of the
     * same name asks whether to replace it or keep both. Afterwards it is in the gallery.
     */
    public void saveAsTemplate() {
        Draft draft = session.currentDraft();
        TemplateLibrary library = keeper.library();
        TemplateDetails suggested = new TemplateDetails(suggestedName(draft), "", "", true);
        Optional<TemplateDetails> asked = TemplateDetailsDialog.ask(owner(), UiText.get("saveTemplate.header"),
                suggested, library.categories(), true);
        if (asked.isEmpty()) {
            return;
        }
        TemplateDetails details = asked.get();
        save(drafts.fromDraft(draft, details.name(), details.category(), details.description(), details.keepBody()),
                library);
    }

    /**
     * 提取为模板: the draft as a template with its figures as fields, reviewed by the user
     * (headings, fields, sample paragraphs), then named and saved like 存为模板.
     */
    public void extractTemplate() {
        Draft draft = session.currentDraft();
        Optional<TemplateExtraction> reviewed = ExtractTemplateDialog.review(owner(), drafts.extract(draft));
        if (reviewed.isEmpty()) {
            return;
        }
        TemplateLibrary library = keeper.library();
        Optional<TemplateDetails> asked = TemplateDetailsDialog.ask(owner(), UiText.get("extract.title"),
                UiText.get("extract.detailsHeader"), new TemplateDetails(suggestedName(draft), "", "", true),
                library.categories(), false);
        asked.ifPresent(details -> save(reviewed.get().template().withDetails(details.name(), details.category(),
                details.description(), List.of()), library));
    }

    /** Saves a new template; one of the same name asks whether to replace it or keep both. */
    private void save(Template made, TemplateLibrary library) {
        Template template = made;
        String name = template.name();
        Optional<Template> sameName = library.all().stream().map(TemplateEntry::template)
                .filter(t -> t.name().equals(name)).findFirst();
        boolean replace = false;
        if (sameName.isPresent()) {
            Resolution resolution = dialogs.askTemplateConflict(UiText.get("saveTemplate.exists", name),
                    !sameName.get().isReadOnly(), UiText.get("template.conflict.cancel"));
            if (resolution == Resolution.SKIP) {
                return;
            }
            replace = resolution == Resolution.REPLACE;
            if (replace) {
                template = template.withId(sameName.get().id());
            }
        }
        try {
            Template saved = library.saveUser(template, replace);
            session.statusProperty().set(UiText.get("saveTemplate.saved", saved.name()));
        } catch (TemplateException e) {
            dialogs.showError(UiText.get("saveTemplate.failed"), e.getMessage());
        }
    }

    private Optional<GalleryChoice> gallery(GalleryMode mode) {
        return TemplateGallery.show(owner(), mode, new TemplateGalleryModel(keeper), dialogs, lastDirectory);
    }

    private void markUsed(Template template) {
        try {
            keeper.library().markUsed(template.id());
        } catch (TemplateException e) {
            // Gone from the library since it was chosen (a shared file removed): only the order suffers.
        }
    }

    private Window owner() {
        return area.getScene().getWindow();
    }

    /** The draft's title; none while it still has fields in it ("在{{会议名称}}上的讲话" names no template). */
    private static String suggestedName(Draft draft) {
        String title = draft.meta().title();
        if (title.isBlank()) {
            title = draft.paragraphs().stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty())
                    .findFirst().orElse("");
        }
        return title.contains("{{") ? "" : title;
    }
}
