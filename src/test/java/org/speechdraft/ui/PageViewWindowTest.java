package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.PageFrame;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.ui.page.PrintTarget;

/**
 * 页面视图, the page count and printing in the real window. The expected pages come from the 公文
 * grid: 22 lines a page; a title, the blank line under it and 称呼 take three, each short body
 * paragraph one.
 */
class PageViewWindowTest extends WindowTest {

    private static List<DraftParagraph> speech(int bodyParagraphs) {
        List<DraftParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(DraftParagraph.of(ParagraphLevel.TITLE, "在全区教育工作会议上的讲话"));
        paragraphs.add(DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："));
        for (int i = 1; i <= bodyParagraphs; i++) {
            paragraphs.add(DraftParagraph.of(ParagraphLevel.BODY, "第" + i + "段，办学条件明显改善。"));
        }
        return paragraphs;
    }

    private void waitForPages() {
        waitForOutline();
    }

    /** The speech in the editor, and 视图 › 页面视图 open beside it. */
    private void openPageView(List<DraftParagraph> paragraphs) {
        loadParagraphs(paragraphs);
        waitForPages();
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.P);
        waitForPages();
    }

    @Test
    void theStatusBarCountsThePrintedPagesAndTheCaretsPage() {
        loadParagraphs(speech(60)); // 63 lines: 22 + 22 + 19
        waitForPages();
        assertEquals("第1页/共3页", labelText("statusPages"));

        push(KeyCode.CONTROL, KeyCode.END);
        waitForPages();
        assertEquals("第3页/共3页", labelText("statusPages"));

        // three more lines fill page 3, a fourth starts page 4
        for (int i = 0; i < 4; i++) {
            push(KeyCode.ENTER);
            write("又一段");
        }
        waitForPages();
        assertEquals("第4页/共4页", labelText("statusPages"));
    }

    @Test
    void thePageViewShowsThePagesAndAClickOnALineGoesThereInTheText() {
        openPageView(speech(60));
        assertEquals("共 3 页", labelText("pageViewSummary"));
        ListView<Integer> pages = lookup("#pageViewPages").queryListView();
        assertEquals(3, pages.getItems().size());

        // line 10 of page 1 is the 7th body paragraph (title, blank line, 称呼, then one line each)
        Canvas first = lookup(".sd-page-sheet").match(n -> n.isVisible()).queryAs(Canvas.class);
        Bounds sheet = first.localToScreen(first.getBoundsInLocal());
        double scale = sheet.getWidth() / 595.3;
        double y = (37 * 72 / 25.4 + 9.5 * 28.95) * scale;
        double x = (28 * 72 / 25.4 + 32 + 3 * 15.75) * scale;
        clickOn(sheet.getMinX() + x, sheet.getMinY() + y);
        waitForPages();
        assertEquals(8, area().getCurrentParagraph(), "the 7th body paragraph");
        assertTrue(area().caretTextColumn() >= 2 && area().caretTextColumn() <= 4, "near the clicked character");
        assertTrue(area().isFocused(), "ready to type there");
    }

    @Test
    void thePageViewFollowsTypingOnThePageThatChanged() {
        openPageView(speech(60));
        Canvas first = lookup(".sd-page-sheet").match(n -> n.isVisible()).queryAs(Canvas.class);
        int[] before = pixels(first);

        interact(() -> area().moveTo(area().editorPosition(4, 0))); // a body paragraph on page 1
        write("新增");
        waitForPages();
        assertTrue(!java.util.Arrays.equals(before, pixels(first)), "page 1 shows the new characters");
    }

    private int[] pixels(Canvas canvas) {
        int[][] result = new int[1][];
        interact(() -> {
            javafx.scene.image.WritableImage image = canvas.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            result[0] = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                    result[0], 0, w);
        });
        return result[0];
    }

    @Test
    void choosingTheReadingCopysLayoutCountsItsLargerPages() {
        openPageView(speech(60));
        ComboBox<ExportPreset> layout = lookup("#pageViewLayout").queryComboBox();
        ExportPreset largePrint = layout.getItems().stream().filter(p -> p.id().equals("large-print")).findFirst()
                .orElseThrow();
        interact(() -> layout.setValue(largePrint));
        waitForPages();
        // 20 lines of 35 pt on 247 mm: 63 lines are 4 pages
        assertEquals("第1页/共4页", labelText("statusPages"));
        assertTrue(lookup("#statusPages").queryLabeled().getTooltip().getText().contains("讲话稿大字版"));
    }

    @Test
    void theStatusBarSaysWhichScreenFacesStandInForTheExportsOnes() {
        boolean gongwenFacesInstalled = javafx.scene.text.Font.getFamilies().contains("仿宋_GB2312");
        javafx.scene.control.Label fonts = lookup("#statusFonts").queryAs(javafx.scene.control.Label.class);
        assertEquals(!gongwenFacesInstalled, fonts.isVisible());
        if (!gongwenFacesInstalled) {
            assertTrue(fonts.getTooltip().getText().contains("仿宋_GB2312 → "), fonts.getTooltip().getText());
            assertTrue(fonts.getTooltip().getText().contains("正文"), fonts.getTooltip().getText());
        }
    }

    @Test
    void withoutAPrinterPrintingSaysSoAndOffersPdf() {
        window.controller().usePrintTarget(new RecordingPrinter(List.of()));
        loadParagraphs(speech(3));
        later(() -> window.controller().print());
        DialogPane error = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(UiText.get("print.noPrinter.header"), error.getHeaderText());
        assertTrue(error.getContentText().contains("PDF"));
        dismissDialog();
    }

    @Test
    void printingAPageRangeSendsThosePagesAsTheyAreLaidOut() {
        RecordingPrinter printer = new RecordingPrinter(List.of("办公室打印机"));
        window.controller().usePrintTarget(printer);
        loadParagraphs(speech(60));
        waitForPages();
        push(KeyCode.CONTROL, KeyCode.P);
        sleep(300);
        assertTrue(lookup("#printAll").queryLabeled().getText().contains("共 3 页"));
        clickOn("#printRange").write("2-3");
        assertTrue(lookup("#printSome").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).queryButton());
        waitForPages();

        assertEquals(2, printer.pages.size());
        assertEquals("办公室打印机", printer.printer);
        // page 2 starts with body paragraph 20 (page 1: 3 lines of title and 称呼, then 19 paragraphs)
        Text firstOnPage2 = firstText(printer.pages.get(0));
        assertEquals("第", firstOnPage2.getText());
        assertEquals(28 * 72 / 25.4 + 32, firstOnPage2.getX(), 0.5, "two characters in from the 28 mm margin");
        assertTrue(labelText("statusMessage").contains("2 页"), labelText("statusMessage"));
    }

    @Test
    void anInvalidRangeIsExplainedAndCannotBePrinted() {
        window.controller().usePrintTarget(new RecordingPrinter(List.of("办公室打印机")));
        loadParagraphs(speech(60));
        waitForPages();
        push(KeyCode.CONTROL, KeyCode.P);
        sleep(300);
        clickOn("#printRange").write("4-5");
        assertTrue(labelText("printRangeProblem").contains("共 3 页"), labelText("printRangeProblem"));
        assertTrue(lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.isDefaultButton()).queryButton().isDisabled());
        push(KeyCode.ESCAPE);
    }

    private static Text firstText(Node page) {
        return ((Group) page).getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElseThrow();
    }

    /** A printer that keeps what it was sent. */
    private static final class RecordingPrinter implements PrintTarget {

        private final List<String> names;
        String printer;
        List<Node> pages = List.of();

        RecordingPrinter(List<String> names) {
            this.names = names;
        }

        @Override
        public List<String> printers() {
            return names;
        }

        @Override
        public Optional<String> defaultPrinter() {
            return names.stream().findFirst();
        }

        @Override
        public void print(String name, int copies, PageFrame frame, List<Node> printed) {
            this.printer = name;
            this.pages = printed;
        }
    }
}
