package org.speechdraft.core.export;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The section: paper, margins, document grid, and the page-number footers — "— 1 —", on 公文
 * pages at the right of odd and the left of even pages, each inset one character.
 */
final class DocxPage {

    static final String DASH = "—";
    static final String PAGE_FIELD = " PAGE ";
    private static final double HEADER_DISTANCE_MM = 15;
    private static final double MIN_FOOTER_DISTANCE_MM = 5;

    private DocxPage() {
    }

    /** Call after the body is written: the section properties must be the body's last element. */
    static void apply(XWPFDocument doc, ExportPreset preset, GridGeometry grid) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        PageSetup page = preset.page();
        CTPageSz size = section.addNewPgSz();
        size.setW(Units.big(Units.twipsFromMm(page.widthMm())));
        size.setH(Units.big(Units.twipsFromMm(page.heightMm())));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(Units.big(Units.twipsFromMm(page.topMm())));
        margins.setBottom(Units.big(Units.twipsFromMm(page.bottomMm())));
        margins.setLeft(Units.big(Units.twipsFromMm(page.leftMm())));
        margins.setRight(Units.big(Units.twipsFromMm(page.rightMm())));
        margins.setHeader(Units.big(Units.twipsFromMm(HEADER_DISTANCE_MM)));
        margins.setFooter(Units.big(footerDistanceTwips(page, preset.pageNumbers())));
        margins.setGutter(Units.big(0));
        if (grid != null) {
            CTDocGrid docGrid = section.addNewDocGrid();
            // charSpace is written for the line grid too, as Word does: it keeps 28 a line when a user
            // switches the character grid on in Word's page setup.
            docGrid.setType(grid.charGrid() ? STDocGrid.LINES_AND_CHARS : STDocGrid.LINES);
            docGrid.setLinePitch(Units.big(grid.linePitchTwips()));
            docGrid.setCharSpace(Units.big(grid.charSpace()));
        }
        addPageNumbers(doc, preset.pageNumbers());
    }

    /**
     * Word measures the footer from the bottom edge of the page to the bottom of the footer; the
     * number should stand {@code gapBelowTextMm} below the text block, so the footer's bottom is
     * one line of the number lower still.
     */
    static int footerDistanceTwips(PageSetup page, PageNumbers numbers) {
        double lineMm = numbers.sizePt() * 25.4 / 72;
        double distance = page.bottomMm() - numbers.gapBelowTextMm() - lineMm;
        return Units.twipsFromMm(Math.max(MIN_FOOTER_DISTANCE_MM, distance));
    }

    private static void addPageNumbers(XWPFDocument doc, PageNumbers numbers) {
        switch (numbers.placement()) {
            case OUTSIDE -> {
                doc.setEvenAndOddHeadings(true);
                pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), numbers, Alignment.RIGHT);
                pageNumber(doc.createFooter(HeaderFooterType.EVEN), numbers, Alignment.LEFT);
            }
            case CENTER -> pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), numbers, Alignment.CENTER);
            case NONE -> {
                // no footer at all
            }
        }
    }

    /** "— " PAGE " —", inset one character of the number's size from the side it stands at. */
    private static void pageNumber(XWPFFooter footer, PageNumbers numbers, Alignment alignment) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        // The footer is a Normal paragraph: undo the body's grid, line height and indent.
        ParagraphLook.leaveGrid(pPr);
        ParagraphLook.spacing(pPr, LineSpacing.multiple(1));
        CTInd ind = pPr.addNewInd();
        ind.setFirstLine(Units.big(0));
        ind.setFirstLineChars(Units.big(0));
        BigInteger inset = Units.big(Units.twipsFromPt(numbers.sizePt()));
        if (alignment == Alignment.RIGHT) {
            ind.setRight(inset);
        } else if (alignment == Alignment.LEFT) {
            ind.setLeft(inset);
        }
        ParagraphLook.alignment(pPr, alignment);
        RunLook look = new RunLook(numbers.font(), numbers.sizePt(), false, 0, false);
        text(paragraph, look, DASH + " ");
        field(paragraph, look, STFldCharType.BEGIN);
        preserved(run(paragraph, look).addNewInstrText(), PAGE_FIELD);
        field(paragraph, look, STFldCharType.SEPARATE);
        text(paragraph, look, "1"); // shown until the viewer updates the field
        field(paragraph, look, STFldCharType.END);
        text(paragraph, look, " " + DASH);
    }

    private static void text(XWPFParagraph paragraph, RunLook look, String text) {
        preserved(run(paragraph, look).addNewT(), text);
    }

    private static void field(XWPFParagraph paragraph, RunLook look, STFldCharType.Enum type) {
        run(paragraph, look).addNewFldChar().setFldCharType(type);
    }

    /** Text whose leading and trailing spaces count. */
    private static void preserved(CTText element, String text) {
        element.setStringValue(text);
        element.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static CTR run(XWPFParagraph paragraph, RunLook look) {
        CTR run = paragraph.createRun().getCTR();
        look.writeTo(run.addNewRPr(), false);
        return run;
    }
}
