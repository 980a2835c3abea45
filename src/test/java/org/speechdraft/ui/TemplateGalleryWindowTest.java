package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateDrafts;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.core.template.TemplateLibrary;
import org.speechdraft.ui.placeholder.PlaceholderRow;

/** 新建 through the template gallery, and 插入模板章节. */
class TemplateGalleryWindowTest extends GalleryWindowTest {

    private static final String THREE_PART = "工作会议讲话（三段式）";

    @Test
    void aDraftIsCreatedFromATemplateFoundBySearch() {
        push(KeyCode.CONTROL, KeyCode.N);
        assertTrue(lookup("#galleryPane").tryQuery().isPresent(), "新建 opens the gallery");
        assertEquals(12, galleryEntries().size(), "all built-in templates are listed");

        clickOn("#gallerySearch");
        write("安全 隐患");
        assertEquals(List.of("安全生产工作会议讲话"), galleryNames(), "every word must match");
        assertEquals("安全生产工作会议讲话", labelText("galleryPreviewName"), "the first match is previewed");
        assertTrue(outlineHeadings().size() > 3, "the preview lists the outline: " + outlineHeadings());
        push(KeyCode.ENTER);

        assertFalse(lookup("#galleryPane").tryQuery().isPresent(), "the gallery closed");
        Template template = library().find("work-safety-meeting").orElseThrow();
        List<DraftParagraph> expected = new TemplateDrafts().newDraft(template, LocalDate.now()).paragraphs();
        assertEquals(expected, paragraphs(), "the editor holds the template's outline and samples");
        assertEquals(ParagraphLevel.TITLE, paragraphs().get(0).level());
        assertTrue(paragraphs().stream().anyMatch(p -> p.level() == ParagraphLevel.HEADING_1));
        assertEquals(LocalDate.now(), window.controller().session().currentDraft().meta().date(), "today's date");
        assertTrue(stage.getTitle().startsWith("*"), "a draft from a template counts as unsaved: " + stage.getTitle());

        waitForOutline();
        Set<String> listed = placeholderRows().stream().filter(r -> r.first().field())
                .map(r -> r.first().label()).collect(Collectors.toSet());
        Set<String> toFill = template.fields().stream().filter(f -> !f.hasDefault()).map(TemplateField::name)
                .collect(Collectors.toSet());
        assertEquals(toFill, listed, "the fields without a default wait in the 待填数据 panel");
        assertTrue(library().all().get(0).lastUsed() != null, "the template now counts as recently used");
    }

    @Test
    void aBlankDraftIsStillOneClickAway() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "旧稿")));
        push(KeyCode.CONTROL, KeyCode.N);
        clickOn("#galleryBlank");
        assertEquals("", area().plainText().text());
        assertFalse(stage.getTitle().startsWith("*"), "a blank draft is clean as before");
    }

    @Test
    void oneSectionOfATemplateIsInsertedAfterTheCaretsSectionAndOneUndoRemovesIt() {
        List<DraftParagraph> draft = List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全县农业工作会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "下面，我讲两点意见。"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.BODY, "粮食生产再获丰收。"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "二、部署任务"),
                DraftParagraph.of(ParagraphLevel.BODY, "要抓好春耕。"),
                DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));
        loadParagraphs(draft);
        interact(() -> area().moveTo(area().editorPosition(4, 2)));

        later(() -> window.controller().insertTemplateSection());
        assertEquals(UiText.get("gallery.insert"), lookup("#galleryChoose").queryButton().getText());
        clickOn("#gallerySearch");
        write("三段式");
        assertEquals(List.of(THREE_PART), galleryNames());
        clickOn(outlineHeading("三、加强领导，强化保障"));
        clickOn("#galleryChoose");

        List<String> texts = paragraphs().stream().map(DraftParagraph::text).toList();
        assertEquals("下面，我讲三点意见。", texts.get(2), "the announced count follows");
        assertEquals("一、肯定成绩", texts.get(3));
        assertEquals("粮食生产再获丰收。", texts.get(4), "section 一 is not split");
        assertEquals("二、加强领导，强化保障", texts.get(5), "the inserted section is numbered where it landed");
        assertEquals(ParagraphLevel.HEADING_1, paragraphs().get(5).level());
        assertTrue(texts.contains("三、部署任务"), "the old 二、 became 三、: " + texts);
        assertEquals("谢谢大家！", texts.get(texts.size() - 1), "the closing stays last");
        assertEquals(List.of(), new OutlineAnalyzer().analyzeDraft(paragraphs()).problems());
        assertEquals(5, area().getCurrentParagraph(), "the caret is on the inserted heading");

        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(draft, paragraphs(), "one Ctrl+Z takes the section and the renumbering away");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private TemplateLibrary library() {
        return TemplateLibrary.load(AppHome.at(home), null);
    }

    @SuppressWarnings("unchecked")
    private List<PlaceholderRow> placeholderRows() {
        return lookup("#placeholderList").queryAs(ListView.class).getItems();
    }
}
