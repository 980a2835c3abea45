package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.speechdraft.core.export.ExportedDocx.twips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** 讲话稿大字版: the copy the speaker reads from. */
class LargePrintDocxTest {

    @TempDir
    Path dir;

    private ExportedDocx exported() throws IOException {
        Path file = dir.resolve("大字版.docx");
        new DocxExporter().export(SampleSpeech.draft(), BuiltInPresets.largePrint(), file);
        return ExportedDocx.read(file);
    }

    @Test
    void typeIsLargerThanInTheGongwenLayout() throws IOException {
        try (ExportedDocx docx = exported()) {
            assertEquals(18, docx.sizePt("Normal"), "小二");
            for (String id : List.of("Heading1", "Heading2", "Heading3", "Heading4", "Subtitle", "Salutation")) {
                assertTrue(docx.sizePt(id) >= 18, id);
            }
            assertTrue(docx.sizePt("Title") > docx.sizePt("Normal"));
        }
    }

    @Test
    void linesAreAboutOneAndAHalfApartWithoutAGrid() throws IOException {
        try (ExportedDocx docx = exported()) {
            var spacing = docx.paragraphProperties("Normal").getSpacing();
            assertEquals(STLineSpacingRule.EXACT, spacing.getLineRule(), "an exact height: the same pages everywhere");
            assertEquals(700, twips(spacing.getLine()), "35 pt");
            assertNull(docx.section().getDocGrid(), "no document grid");
            assertTrue(docx.runProperties("Normal").getSpacingList().isEmpty(), "no letter spacing");
        }
    }

    @Test
    void noLineStandsAloneAtAPagesEdge() throws IOException {
        try (ExportedDocx docx = exported()) {
            var widowControl = docx.paragraphProperties("Normal").getWidowControl();
            assertTrue(widowControl != null && ExportedDocx.isOn(List.of(widowControl)), "widow control on, written");
        }
    }

    @Test
    void headingsStandOutInBoldOrHeiti() throws IOException {
        try (ExportedDocx docx = exported()) {
            assertEquals("黑体", docx.fonts("Heading1").getEastAsia());
            assertTrue(docx.bold("Heading2"));
            assertTrue(docx.bold("Heading3"));
            assertTrue(docx.bold("Heading4"));
            assertFalse(docx.bold("Normal"));
        }
    }

    @Test
    void pageNumbersAreCentredOnEveryPage() throws IOException {
        try (ExportedDocx docx = exported()) {
            assertFalse(docx.doc.getEvenAndOddHeadings());
            var footer = docx.doc.getHeaderFooterPolicy().getDefaultFooter();
            assertEquals(STJc.CENTER, footer.getParagraphs().get(0).getCTP().getPPr().getJc().getVal());
            assertTrue(footer.getText().contains("—"));
            assertEquals(1, docx.doc.getFooterList().size());
        }
    }
}
