package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.Settings;
import org.speechdraft.core.storage.SettingsStore;
import org.speechdraft.core.template.TemplateCodec;
import org.testfx.util.WaitForAsyncUtils;

/** 存为模板, managing the library in the gallery, and sharing templates with colleagues. */
class TemplateLibraryWindowTest extends GalleryWindowTest {

    private static final List<DraftParagraph> SPEECH = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全区水利工作会议上的讲话"),
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.BODY, "下面，我讲两点意见。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
            DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金XX万元，新建泵站**座。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "二、部署任务"),
            DraftParagraph.of(ParagraphLevel.BODY, "要抓好防汛备汛。"),
            DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));

    private static final String SAVED_NAME = "全区水利工作会议讲话";

    @Test
    void aDraftSavedAsTemplateIsFoundExportedAndImportedIntoAnotherDataFolder() throws Exception {
        loadParagraphs(SPEECH);
        later(() -> window.controller().saveAsTemplate());
        assertEquals("在全区水利工作会议上的讲话", textOf("#saveTemplateName"), "the title is the suggested name");
        clickOn("#saveTemplateName").push(KeyCode.CONTROL, KeyCode.A).write(SAVED_NAME);
        clickOn("#saveTemplateCategory").write("专题会议");
        clickOn("#saveTemplateDescription").write("防汛、水利建设");
        clickOn("#saveTemplateOk");
        assertTrue(Files.isRegularFile(home.resolve("templates").resolve("my-template.json")), "saved as the user's file");
        assertEquals(UiText.get("saveTemplate.saved", SAVED_NAME), labelText("statusMessage"));

        push(KeyCode.CONTROL, KeyCode.N);
        clickOn("#gallerySearch").write("水利 专题");
        assertEquals(List.of(SAVED_NAME), galleryNames(), "found by name and category");
        assertEquals(List.of("一、肯定成绩", "二、部署任务"), outlineHeadings());
        assertTrue(labelText("galleryPreviewSource").contains("我的"), labelText("galleryPreviewSource"));
        assertTrue(fieldNames().contains("投入资金"), "the figure to fill became a field: " + fieldNames());

        Path exported = home.resolve("发给同事").resolve("水利讲话模板.json");
        Files.createDirectories(exported.getParent());
        dialogs.templateExportTargets.add(exported);
        clickOn("#galleryExport");
        assertTrue(Files.isRegularFile(exported), "exported");
        assertEquals(UiText.get("gallery.exported", 1, exported), labelText("galleryNotice"));

        // The same file again: its id is taken, so the user is asked.
        dialogs.templateFilesToImport.add(exported);
        later(() -> lookup("#galleryImport").queryButton().fire());
        clickOn(UiText.get("template.conflict.keepBoth"));
        assertEquals(List.of(SAVED_NAME, SAVED_NAME), galleryNames(), "both kept");
        clickOn("#galleryCancel");

        // Saving again under a name that exists asks too; 替换 overwrites instead of adding a third.
        later(() -> window.controller().saveAsTemplate());
        clickOn("#saveTemplateName").push(KeyCode.CONTROL, KeyCode.A).write(SAVED_NAME);
        later(() -> lookup("#saveTemplateOk").queryButton().fire());
        clickOn(UiText.get("template.conflict.replace"));
        try (var files = Files.list(home.resolve("templates"))) {
            assertEquals(List.of("my-template-2.json", "my-template.json"), files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("my-template") && name.endsWith(".json")).sorted().toList());
        }

        Path otherFolder = home.resolve("另一台电脑");
        ScriptedDialogs[] otherDialogs = new ScriptedDialogs[1];
        MainWindow[] other = new MainWindow[1];
        interact(() -> other[0] = MainWindow.show(new Stage(), AppContext.at(AppHome.at(otherFolder)),
                owner -> otherDialogs[0] = new ScriptedDialogs(owner), null));
        otherDialogs[0].templateFilesToImport.add(exported);
        later(() -> other[0].controller().newDraft());
        clickOn("#galleryImport");
        assertEquals(UiText.get("gallery.imported", 1, "水利讲话模板.json"), labelText("galleryNotice"));
        assertEquals(SAVED_NAME, labelText("galleryPreviewName"), "the imported template is selected");
        assertTrue(Files.isRegularFile(otherFolder.resolve("templates").resolve("my-template.json")));
        clickOn("#galleryChoose");
        List<String> created = other[0].controller().session().currentDraft().paragraphs().stream()
                .map(DraftParagraph::text).toList();
        assertTrue(created.containsAll(List.of("一、肯定成绩", "二、部署任务")), created.toString());
    }

    @Test
    void aBuiltInTemplateIsCopiedMarkedAsFavouriteDeletedAndBroughtBack() throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        clickOn("#gallerySearch").write("安全生产");
        assertEquals(List.of("安全生产工作会议讲话"), galleryNames());
        clickOn("#galleryManage");
        assertTrue(menuItemDisabled(UiText.get("gallery.delete")), "a built-in template cannot be deleted");
        clickOn(UiText.get("gallery.duplicate"));
        assertEquals(UiText.get("gallery.copyName", "安全生产工作会议讲话"), textOf("#templateNameInput"));
        clickOn("#templateNameInput").push(KeyCode.CONTROL, KeyCode.A).write("我的安全讲话");
        push(KeyCode.ENTER);
        assertEquals(List.of("我的安全讲话"), selectedNames(), "the copy is selected");
        Path copy = home.resolve("templates").resolve("work-safety-meeting-2.json");
        assertTrue(Files.isRegularFile(copy));

        clickOn("#galleryManage");
        clickOn(UiText.get("gallery.editDetails"));
        assertEquals("安全生产", textOf("#saveTemplateCategory .text-field"));
        assertFalse(lookup("#saveTemplateKeepBody").query().isVisible(), "only 存为模板 asks about the body");
        clickOn("#saveTemplateCategory").push(KeyCode.CONTROL, KeyCode.A).write("本局例会");
        clickOn("#saveTemplateOk");
        assertEquals("本局例会", galleryList().getSelectionModel().getSelectedItem().template().category());

        clickOn("#galleryFavourite");
        assertTrue(galleryEntries().get(0).favourite(), "a favourite comes first");
        assertEquals("我的安全讲话", galleryNames().get(0));
        clickOn(categoryCell(UiText.get("gallery.category.favourites")));
        assertEquals(List.of("我的安全讲话"), galleryNames(), "★ 收藏 lists the favourites");

        assertFalse(menuItemDisabled(UiText.get("gallery.delete")), "the user's own template can be deleted " + selectedNames());
        clickOn("#galleryManage");
        clickOn(UiText.get("gallery.delete"));
        assertEquals(List.of(), galleryNames());
        assertFalse(Files.exists(copy), "the file is gone");
        assertEquals(UiText.get("gallery.deleted", "我的安全讲话"), labelText("galleryNotice"));

        clickOn("#galleryUndoDelete");
        assertEquals(List.of("我的安全讲话"), galleryNames(), "back, still a favourite");
        assertTrue(Files.isRegularFile(copy), "the file is back");
        assertFalse(lookup("#galleryUndoDelete").query().isVisible());
    }

    @Test
    void aSharedFolderIsChosenAndAColleaguesNewTemplateAppearsWhileTheGalleryIsOpen() throws Exception {
        Path shared = home.resolve("网络驱动器").resolve("讲话模板");
        Files.createDirectories(shared);
        new TemplateCodec().write(shared.resolve("flood.json"), template("flood-control", "防汛工作会议讲话"));

        push(KeyCode.CONTROL, KeyCode.N);
        dialogs.sharedTemplateFolders.add(shared);
        clickOn("#gallerySharedFolder");
        assertEquals(shared, settings().sharedTemplates(), "remembered in the settings");
        clickOn("#gallerySearch").write("工作会议讲话 防汛");
        assertEquals(List.of("防汛工作会议讲话"), galleryNames());
        assertTrue(labelText("galleryPreviewSource").contains("共享"), labelText("galleryPreviewSource"));
        clickOn("#gallerySearch").push(KeyCode.CONTROL, KeyCode.A).write("水利");

        new TemplateCodec().write(shared.resolve("water.json"), template("water-meeting", "水利工作会议讲话"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> galleryNames().equals(List.of("水利工作会议讲话")));
        clickOn("#galleryManage");
        assertTrue(menuItemDisabled(UiText.get("gallery.rename")), "a shared template is read-only");
        push(KeyCode.ESCAPE);
    }

    private Settings settings() {
        return new SettingsStore(AppHome.at(home)).load();
    }
}
