package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.ui.placeholder.FilledRow;
import org.speechdraft.ui.placeholder.PlaceholderRow;

class PlaceholderWindowTest extends WindowTest {

    private static final List<DraftParagraph> DRAFT = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在{{会议名称}}上的讲话"),
            DraftParagraph.of(ParagraphLevel.BODY, "这次{{会议名称}}很重要。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
            DraftParagraph.of(ParagraphLevel.BODY, "全年累计投入资金XX亿元，新建**所学校。"));

    @Test
    void aFigureIsFilledFromThePanelInOneUndoStep() {
        loadParagraphs(DRAFT);
        waitForOutline();
        assertEquals(UiText.get("status.placeholders", 4), labelText("statusPlaceholders"));
        assertEquals(UiText.get("placeholder.summary", 4, 0), labelText("placeholderSummary"));

        clickOn(rowLabel("XX"));
        assertEquals("XX", area().getSelectedText(), "the panel shows the figure in the text");
        clickOn("#placeholderValue");
        write("12.5");
        push(KeyCode.ENTER);

        assertEquals("全年累计投入资金12.5亿元，新建**所学校。", paragraphs().get(3).text());
        waitForOutline();
        assertEquals(UiText.get("status.placeholders", 3), labelText("statusPlaceholders"));
        assertTrue(rows().stream().noneMatch(r -> r.first().text().equals("XX")), "a filled figure leaves the list");
        assertTrue(rows().stream().anyMatch(r -> r.first().text().equals("**")));

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("全年累计投入资金XX亿元，新建**所学校。", paragraphs().get(3).text());
    }

    @Test
    void aFieldIsListedOnceAndFilledEverywhere() {
        loadParagraphs(DRAFT);
        waitForOutline();
        List<PlaceholderRow> fieldRows = rows().stream().filter(r -> r.first().field()).toList();
        assertEquals(1, fieldRows.size(), "one row for a field used twice");
        assertEquals(2, fieldRows.get(0).occurrences().size());

        interact(() -> listView().getSelectionModel().select(fieldRows.get(0)));
        clickOn("#placeholderValue");
        write("Annual Meeting");
        clickOn("#placeholderFill");

        assertEquals("在Annual Meeting上的讲话", paragraphs().get(0).text());
        assertEquals("这次Annual Meeting很重要。", paragraphs().get(1).text());
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("在{{会议名称}}上的讲话", paragraphs().get(0).text(), "both places come back with one undo");
        assertEquals("这次{{会议名称}}很重要。", paragraphs().get(1).text());
    }

    @Test
    void filledFiguresAreRememberedByTheSavedDraft() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.BODY, "全年累计投入资金XX万元，新建**所学校。")));
        waitForOutline();
        clickOn("#placeholderGrouping");
        clickOn(rowLabel("XX"));
        clickOn("#placeholderValue");
        write("1234567");
        push(KeyCode.ENTER);
        assertEquals("全年累计投入资金1,234,567万元，新建**所学校。", paragraphs().get(1).text(),
                "written with thousands separators as asked");

        Path file = home.resolve("已填.sdraft");
        dialogs.filesToSave.add(file);
        push(KeyCode.CONTROL, KeyCode.S);
        newBlankDraft();
        waitForOutline();
        assertEquals(UiText.get("placeholder.filled", 0), filledPaneTitle(), "a new draft has nothing filled");
        dialogs.filesToOpen.add(file);
        push(KeyCode.CONTROL, KeyCode.O);
        waitForOutline();

        assertEquals(UiText.get("placeholder.filled", 1), filledPaneTitle(), "the reopened draft knows what was filled");
        clickOn("#placeholderFilledPane");
        assertEquals(1, filledRows().size(), "opened, the pane lists it");
        clickOn(lookup(".sd-placeholder-head").match(n -> n instanceof Label l
                && l.getText().equals("投入资金 ▸ 1,234,567 ▸ 万元")).queryAs(Node.class));
        assertEquals("1,234,567", area().getSelectedText(), "clicking a filled value shows it in the text");

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.A);
        write("X");
        waitForOutline();
        assertTrue(filledRows().isEmpty(), "a value no longer in the text is no longer listed");
    }

    @Test
    void aDateIsPickedFromACalendarAndWrittenInThePlaceholdersShape() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "会议定于x月x日召开。")));
        waitForOutline();
        assertTrue(lookup("#placeholderDate").tryQuery().filter(Node::isVisible).isEmpty(), "no calendar until a date is chosen");
        clickOn(lookup(".sd-placeholder-head").match(n -> n instanceof Label l && l.getText().endsWith("x月x日")).queryAs(Node.class));
        assertTrue(lookup("#placeholderDate").query().isVisible(), "a date placeholder offers a calendar");

        interact(() -> lookup("#placeholderDate").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 12, 8)));
        clickOn("#placeholderFill");

        assertEquals("会议定于12月8日召开。", paragraphs().get(0).text());
    }

    @Test
    void figuresFromADepartmentsCsvAreFilledInOneStepAndTheRestIsReported() throws Exception {
        loadParagraphs(DRAFT);
        waitForOutline();
        Path csv = home.resolve("教育局报送.csv");
        java.nio.file.Files.writeString(csv, "字段,数值\n会议名称,全市教育工作会议\n投入资金（亿元）,12.5\n图书馆面积,3000\n");
        dialogs.valueFiles.add(csv);

        later(() -> lookup("#placeholderImport").queryButton().fire());

        javafx.scene.control.DialogPane report = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals(UiText.get("placeholder.import.header", "教育局报送.csv", 3), report.getHeaderText());
        assertTrue(report.getContentText().contains("图书馆面积 = 3000"), "what matched nothing is named: " + report.getContentText());
        assertTrue(report.getContentText().contains("新建 ▸ ** ▸ 所"), "what is left is named: " + report.getContentText());
        dismissDialog();
        assertEquals("在全市教育工作会议上的讲话", paragraphs().get(0).text());
        assertEquals("全年累计投入资金12.5亿元，新建**所学校。", paragraphs().get(3).text());
        waitForOutline();
        assertEquals(UiText.get("status.placeholders", 1), labelText("statusPlaceholders"));

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(DRAFT, paragraphs(), "the whole import is one undo step");
    }

    @Test
    void anUnreadableTableIsReportedAndChangesNothing() throws Exception {
        loadParagraphs(DRAFT);
        Path xls = home.resolve("旧表.xls");
        java.nio.file.Files.write(xls, new byte[] {1, 2, 3});
        dialogs.valueFiles.add(xls);

        later(() -> lookup("#placeholderImport").queryButton().fire());

        javafx.scene.control.DialogPane error = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals(UiText.get("placeholder.import.failed"), error.getHeaderText());
        assertTrue(error.getContentText().contains("旧表.xls"), error.getContentText());
        dismissDialog();
        assertEquals(DRAFT, paragraphs());
    }

    @Test
    void aNameFilledOnceIsOfferedForTheSameKindOfPlaceholder() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "在***同志的带领下，全县上下共同努力。"),
                DraftParagraph.of(ParagraphLevel.BODY, "***同志多次深入一线调研。")));
        waitForOutline();
        interact(() -> listView().getSelectionModel().select(0));
        clickOn("#placeholderValue");
        write("Wang");
        push(KeyCode.ENTER);
        waitForOutline();

        interact(() -> listView().getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> box = lookup("#placeholderValue").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(List.of("Wang"), box.getItems(), "the name filled before is offered");
    }

    private String filledPaneTitle() {
        return lookup("#placeholderFilledPane").queryAs(TitledPane.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<FilledRow> filledRows() {
        return List.copyOf(lookup("#placeholderFilledList").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private ListView<PlaceholderRow> listView() {
        return lookup("#placeholderList").queryAs(ListView.class);
    }

    private List<PlaceholderRow> rows() {
        return List.copyOf(listView().getItems());
    }

    private Node rowLabel(String placeholder) {
        return lookup(".sd-placeholder-head")
                .match(n -> n instanceof Label l && l.getText().contains(placeholder + " ▸")).query();
    }
}
