package org.speechdraft.core.export;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Writes paragraph properties ({@code w:pPr}) of a style or a paragraph. */
final class ParagraphLook {

    private ParagraphLook() {
    }

    static void spacing(CTPPrBase pPr, LineSpacing lineSpacing) {
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(Units.big(0));
        spacing.setAfter(Units.big(0));
        if (lineSpacing.rule() == LineSpacing.Rule.EXACT) {
            spacing.setLine(Units.big(Units.twipsFromPt(lineSpacing.value())));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        } else {
            spacing.setLine(Units.big(Math.round(lineSpacing.value() * 240))); // 240ths of a line
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
    }

    /**
     * The first-line indent twice over: in hundredths of a character (firstLineChars, what Word
     * writes and prefers) and in twips (what LibreOffice reads): 2 characters of 16 pt = 640 twips.
     */
    static void firstLineIndent(CTPPrBase pPr, ParagraphFormat format) {
        CTInd ind = pPr.addNewInd();
        ind.setFirstLine(Units.big(Units.twipsFromPt(format.firstLineChars() * format.sizePt())));
        ind.setFirstLineChars(Units.big(Math.round(format.firstLineChars() * 100)));
    }

    static void alignment(CTPPrBase pPr, Alignment alignment) {
        pPr.addNewJc().setVal(switch (alignment) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
            case JUSTIFY -> STJc.BOTH;
        });
    }

    static void outlineLevel(CTPPrBase pPr, int level) {
        pPr.addNewOutlineLvl().setVal(Units.big(level));
    }

    /** For text that must not snap to the document grid: a 22 pt title would take two cells a character. */
    static void leaveGrid(CTPPrBase pPr) {
        pPr.addNewSnapToGrid().setVal(Boolean.FALSE);
    }

    /**
     * No extra space between Chinese and Latin letters or digits, which Word and LibreOffice add
     * by default: on a grid it would push the 28th character of a line with figures to the next.
     */
    static void noAutoSpace(CTPPrBase pPr) {
        pPr.addNewAutoSpaceDE().setVal(Boolean.FALSE);
        pPr.addNewAutoSpaceDN().setVal(Boolean.FALSE);
    }

    static void keepWithNext(CTPPrBase pPr) {
        pPr.addNewKeepNext(); // on/off elements without a value are on
    }
}
