package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.template.PastSpeeches;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateField;
import org.speechdraft.core.template.TemplateLibrary;
import org.speechdraft.core.template.TemplateParagraph;

/** 提取为模板: the review of the outline and the fields, then a template the gallery finds. */
class ImportTemplateWindowTest extends ImportingWindowTest {

    private static final List<DraftParagraph> SPEECH = PastSpeeches.WATER_WORKS;

    @Test
    void theReviewedTemplateIsSavedWithTheFiguresAsFieldsAndTheGalleryFindsIt() {
        loadParagraphs(SPEECH);
        later(() -> window.controller().extractTemplate());
        assertEquals(List.of("完成水利投资", "新建泵站", "完成投资"), fieldNames(fieldTable()));
        assertEquals("如：8.6亿元", fieldTable().getItems().get(0).hint());
        assertTrue(cell("XX亿元") != null, "what the speech said is shown beside each field");

        // 新建泵站 stays a figure of this speech.
        clickOn(cell("新建泵站"));
        clickOn("#extractRemoveField");
        assertEquals(List.of("完成水利投资", "完成投资"), fieldNames(fieldTable()));

        // A heading made general.
        doubleClickOn(outlineCell("二、部署今年任务"));
        push(KeyCode.CONTROL, KeyCode.A).write("二、部署重点任务").push(KeyCode.ENTER);
        clickOn("#extractNext");

        assertEquals("在全市水利建设推进会上的讲话", lookup("#saveTemplateName").queryTextInputControl().getText());
        clickOn("#saveTemplateName").push(KeyCode.CONTROL, KeyCode.A).write("水利推进会讲话");
        clickOn("#saveTemplateOk");
        assertEquals(UiText.get("saveTemplate.saved", "水利推进会讲话"), labelText("statusMessage"));

        Template saved = TemplateLibrary.load(AppHome.at(home), null).all().stream().map(e -> e.template())
                .filter(t -> t.name().equals("水利推进会讲话")).findFirst().orElseThrow();
        assertEquals(List.of("完成水利投资", "完成投资"), saved.fields().stream().map(TemplateField::name).toList());
        List<String> texts = saved.paragraphs().stream().map(TemplateParagraph::text).toList();
        assertTrue(texts.contains("去年全市完成水利投资{{完成水利投资}}亿元，新建泵站24座。"), texts.toString());
        assertTrue(texts.contains("二、部署重点任务"), texts.toString());

        push(KeyCode.CONTROL, KeyCode.N);
        clickOn("#gallerySearch").write("水利推进会");
        assertEquals(List.of("水利推进会讲话"), galleryNames());
        assertEquals(List.of("一、回顾去年工作", "二、部署重点任务"), outlineHeadings());
        assertEquals(List.of("完成水利投资", "完成投资"), fieldNames());
    }

    @Test
    void leavingOutTheBodyLeavesOutItsFieldsAndADraftWithoutHeadingsCannotBecomeATemplate() {
        loadParagraphs(SPEECH);
        later(() -> window.controller().extractTemplate());
        clickOn("#extractKeepBody");
        assertEquals(List.of(), fieldNames(fieldTable()), "the figures were all in the body");
        assertFalse(lookup("#extractNext").query().isDisabled());
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals(javafx.scene.control.ButtonType.CANCEL.getText())).queryButton());

        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "只有一段正文。")));
        later(() -> window.controller().extractTemplate());
        assertTrue(lookup("#extractNext").query().isDisabled());
        assertEquals("提纲中没有一级标题", labelText("extractProblem"));
    }

    @SuppressWarnings("unchecked")
    private TableView<TemplateField> fieldTable() {
        return lookup("#extractFields").queryAs(TableView.class);
    }

    private static List<String> fieldNames(TableView<TemplateField> table) {
        return table.getItems().stream().map(TemplateField::name).toList();
    }

    private Node cell(String text) {
        return lookup("#extractFields .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && text.equals(c.getText())).query();
    }

    private Node outlineCell(String text) {
        return lookup("#extractOutline .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && text.equals(c.getText())).query();
    }
}
