package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.ui.placeholder.PlaceholderRow;

class ExportWindowTest extends WindowTest {

    private static final List<DraftParagraph> SPEECH = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全区教育工作会议上的讲话"),
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
            DraftParagraph.of(ParagraphLevel.BODY, "全年累计投入资金XX亿元，办学条件明显改善。"));

    @Test
    void remainingFiguresAreListedBeforeExportAndFillFirstShowsThem() {
        loadParagraphs(SPEECH);
        waitForOutline();
        Path out = home.resolve("讲话.docx");
        dialogs.exportFiles.add(out);

        later(() -> window.controller().exportDocx());

        DialogPane warning = dialogPane();
        assertEquals(UiText.get("export.remaining.header", 1), warning.getHeaderText());
        assertTrue(warning.getContentText().contains("XX"), warning.getContentText());
        clickOn(button(UiText.get("export.remaining.fill")));

        assertFalse(Files.exists(out), "nothing is exported");
        PlaceholderRow selected = placeholderList().getSelectionModel().getSelectedItem();
        assertEquals("XX", selected.first().text(), "the figure to fill is shown in the panel");
        assertTrue(lookup("#placeholderValue").query().lookup(".text-field").isFocused()
                || lookup("#placeholderValue").query().isFocused(), "ready to type the value");
    }

    @Test
    void exportedAnywayInLargePrintTheFigureIsMarkedYellow() throws Exception {
        loadParagraphs(SPEECH);
        waitForOutline();
        Path out = home.resolve("讲话稿大字版.docx");
        dialogs.exportFiles.add(out);

        later(() -> window.controller().exportDocx());
        clickOn(button(UiText.get("export.remaining.anywayMarked")));
        choosePreset("讲话稿大字版");
        clickOn(button(UiText.get("export.go")));

        assertTrue(Files.exists(out));
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFRun figure = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "XX".equals(r.text())).findFirst().orElseThrow();
            assertEquals("yellow", figure.getCTR().getRPr().getHighlightArray(0).getVal().toString());
            BigInteger bodyHalfPoints = (BigInteger) doc.getStyles().getStyle("Normal").getCTStyle().getRPr()
                    .getSzArray(0).getVal();
            assertEquals(36, bodyHalfPoints.intValue(), "large print body text is 小二 (18 pt)");
        }
        assertEquals(UiText.get("status.exportedWithRemaining", out.getFileName(), 1), labelText("statusMessage"));
    }

    @Test
    void anAdjustedLayoutIsSavedAsTheUsersOwnPreset() throws Exception {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "没有待填数据的讲话。")));
        waitForOutline();
        Path out = home.resolve("我的版式.docx");
        dialogs.exportFiles.add(out);

        later(() -> window.controller().exportDocx());
        clickOn("#exportAdjust");
        ComboBox<String> bodySize = lookup("#exportSize-BODY").queryComboBox();
        interact(() -> bodySize.setValue("四号"));
        assertTrue(labelText("exportPresetSummary").contains("正文 仿宋_GB2312 四号"), labelText("exportPresetSummary"));
        later(() -> lookup("#exportPresetSave").queryButton().fire());
        TextField name = lookup("#exportPresetName").queryAs(TextField.class);
        interact(() -> name.setText("区委办通用"));
        clickOn(name);
        push(KeyCode.ENTER);

        assertTrue(Files.exists(home.resolve("presets").resolve("区委办通用.json")), "kept for next time");
        ComboBox<ExportPreset> presets = lookup("#exportPreset").queryComboBox();
        assertEquals("区委办通用", presets.getValue().name());
        interact(() -> ((Button) button(UiText.get("export.go"))).fire());

        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            BigInteger bodyHalfPoints = (BigInteger) doc.getStyles().getStyle("Normal").getCTStyle().getRPr()
                    .getSzArray(0).getVal();
            assertEquals(28, bodyHalfPoints.intValue(), "四号 = 14 pt");
        }
    }

    @Test
    void plainTextIsExportedWithoutQuestionsWhenNothingIsLeftToFill() throws Exception {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.TITLE, "讲话"),
                DraftParagraph.of(ParagraphLevel.BODY, "同志们，大家好。")));
        waitForOutline();
        Path out = home.resolve("讲话.txt");
        dialogs.exportFiles.add(out);

        later(() -> window.controller().exportText());

        assertEquals("讲话\n同志们，大家好。", Files.readString(out).strip());
    }

    @Test
    void anUnwritableTargetIsReportedInChinese() throws Exception {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "正文。")));
        Path folderInTheWay = home.resolve("占用.txt");
        Files.createDirectories(folderInTheWay);
        dialogs.exportFiles.add(folderInTheWay);

        later(() -> window.controller().exportText());

        DialogPane error = dialogPane();
        assertEquals(UiText.get("export.failed"), error.getHeaderText());
        assertTrue(error.getContentText().contains("占用.txt"), error.getContentText());
        dismissDialog();
    }

    private void choosePreset(String name) {
        ComboBox<ExportPreset> presets = lookup("#exportPreset").queryComboBox();
        interact(() -> presets.setValue(presets.getItems().stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow()));
        assertTrue(labelText("exportPresetSummary").contains("小二"), labelText("exportPresetSummary"));
    }

    private DialogPane dialogPane() {
        return lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private Node button(String text) {
        return lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals(text)).query();
    }

    @SuppressWarnings("unchecked")
    private ListView<PlaceholderRow> placeholderList() {
        return lookup("#placeholderList").queryAs(ListView.class);
    }
}
