package org.speechdraft.ui.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.speechdraft.core.template.ImportResult;
import org.speechdraft.core.template.LibraryProblem;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.core.template.TemplateException;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.dialog.DialogService;

/**
 * What the gallery's buttons and menus do: ask what is needed (a name, a file, replace or keep
 * both), call the model, select what the command made, and report a failure in words.
 */
final class GalleryCommands {

    private final TemplateGalleryModel model;
    private final DialogService dialogs;
    private final Supplier<Path> lastDirectory;
    private final Supplier<Window> owner;
    private final Consumer<List<String>> select;

    /**
     * @param dialogs shown over the gallery
     * @param owner   the gallery's window, for its own forms
     * @param select  selects the templates with these ids in the list
     */
    GalleryCommands(TemplateGalleryModel model, DialogService dialogs, Supplier<Path> lastDirectory,
                    Supplier<Window> owner, Consumer<List<String>> select) {
        this.model = model;
        this.dialogs = dialogs;
        this.lastDirectory = lastDirectory;
        this.owner = owner;
        this.select = select;
    }

    void toggleFavourite(TemplateEntry entry) {
        attempt(() -> model.toggleFavourite(entry));
    }

    /** 复制为我的模板, under a name the user confirms. */
    void duplicate(Template t) {
        dialogs.askTemplateName(UiText.get("template.duplicate.header", t.name()), UiText.get("gallery.copyName", t.name()))
                .ifPresent(name -> attempt(() -> selectOne(model.duplicate(t, name))));
    }

    void rename(Template t) {
        dialogs.askTemplateName(UiText.get("template.rename.header", t.name()), t.name())
                .ifPresent(name -> attempt(() -> selectOne(model.rename(t, name))));
    }

    /** 编辑信息: name, category and description, in the 存为模板 form. */
    void editDetails(Template t) {
        TemplateDetails current = new TemplateDetails(t.name(), t.category(), t.description(), false);
        TemplateDetailsDialog.ask(owner.get(), UiText.get("saveTemplate.editHeader", t.name()), current,
                        model.categories(), false)
                .ifPresent(details -> attempt(() -> selectOne(model.editDetails(t, details))));
    }

    /** No question first: 撤销删除 in the gallery brings it back. */
    void delete(Template t) {
        attempt(() -> model.delete(t));
    }

    void undoDelete() {
        attempt(() -> selectOne(model.undoDelete()));
    }

    /** One template as a .json file, several as a .zip of them. */
    void export(List<Template> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        String suggested = chosen.size() == 1 ? chosen.get(0).name() + ".json" : UiText.get("gallery.export.zipName");
        dialogs.chooseTemplateExportTarget(lastDirectory.get(), suggested)
                .ifPresent(target -> attempt(() -> model.exportTo(target, chosen)));
    }

    /**
     * A .json or .zip from a colleague: each template whose id is already there asks 替换 / 保留两者 /
     * 跳过; files that cannot be used are reported by name, the others imported and selected.
     */
    void importFile() {
        Optional<Path> file = dialogs.chooseTemplateFileToImport(lastDirectory.get());
        if (file.isEmpty()) {
            return;
        }
        try {
            ImportResult result = model.importFrom(file.get(), (incoming, existing) -> dialogs.askTemplateConflict(
                    UiText.get("gallery.import.conflict", incoming.name(), existing.name()), !existing.isReadOnly(),
                    UiText.get("template.conflict.skip")));
            select.accept(result.imported().stream().map(Template::id).toList());
            if (!result.problems().isEmpty()) {
                dialogs.showInformation(UiText.get("gallery.imported", result.imported().size(),
                        file.get().getFileName()), ImportReport.of(result));
            }
        } catch (TemplateException e) {
            dialogs.showError(UiText.get("gallery.import.failed"), e.getMessage());
        }
    }

    /** @return the folder now shared, if the user chose one */
    Optional<Path> chooseSharedFolder() {
        Optional<Path> folder = dialogs.chooseSharedTemplateFolder(model.sharedFolder());
        folder.ifPresent(model::setSharedFolder);
        return folder;
    }

    /** The full reasons behind the notice line about unusable files. */
    void showProblems(List<LibraryProblem> problems) {
        dialogs.showInformation(ProblemNotice.summary(problems), ProblemNotice.details(problems));
    }

    private void selectOne(Template template) {
        select.accept(List.of(template.id()));
    }

    private interface LibraryAction {
        void run() throws TemplateException;
    }

    private void attempt(LibraryAction action) {
        try {
            action.run();
        } catch (TemplateException e) {
            dialogs.showError(UiText.get("gallery.actionFailed"), e.getMessage());
        }
    }
}
