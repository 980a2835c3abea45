package org.speechdraft.core.export;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/**
 * Character properties to write into a style's or a run's {@code w:rPr}. Null fields are left
 * out, so that the run takes them from its style.
 *
 * @param font           the faces; null to inherit
 * @param sizePt         the type size; null to inherit
 * @param bold           bold on or off; null to inherit
 * @param letterSpacing  extra space after each character in twips (negative: tighter); 0 for none
 * @param highlight      yellow highlight
 */
record RunLook(FontSpec font, Double sizePt, Boolean bold, int letterSpacing, boolean highlight) {

    static final String CHINESE = "zh-CN";
    static final String ENGLISH = "en-US";

    static RunLook of(ParagraphFormat format, int letterSpacing) {
        return new RunLook(format.font(), format.sizePt(), format.bold(), letterSpacing, false);
    }

    static RunLook fontOnly(FontSpec font) {
        return new RunLook(font, null, null, 0, false);
    }

    RunLook withBold(Boolean value) {
        return new RunLook(font, sizePt, value, letterSpacing, highlight);
    }

    RunLook withHighlight(boolean value) {
        return new RunLook(font, sizePt, bold, letterSpacing, value);
    }

    /**
     * Writes the properties. The order is the schema's (rFonts, b, bCs, spacing, sz, szCs,
     * highlight, lang): Word refuses a document whose run properties are out of order.
     */
    void writeTo(CTRPr rPr, boolean withLanguage) {
        if (font != null) {
            CTFonts fonts = rPr.addNewRFonts();
            fonts.setAscii(font.latin());
            fonts.setHAnsi(font.latin());
            fonts.setEastAsia(font.eastAsia());
            fonts.setCs(font.latin());
            // Quotation marks, dashes and ellipses are shared by Latin and Chinese: take the Chinese face.
            fonts.setHint(STHint.EAST_ASIA);
        }
        if (Boolean.TRUE.equals(bold)) {
            rPr.addNewB(); // on/off elements without a value are on
            rPr.addNewBCs();
        } else if (bold != null) {
            rPr.addNewB().setVal(Boolean.FALSE);
            rPr.addNewBCs().setVal(Boolean.FALSE);
        }
        if (letterSpacing != 0) {
            rPr.addNewSpacing().setVal(Units.big(letterSpacing));
        }
        if (sizePt != null) {
            rPr.addNewSz().setVal(Units.halfPoints(sizePt));
            rPr.addNewSzCs().setVal(Units.halfPoints(sizePt));
        }
        if (highlight) {
            rPr.addNewHighlight().setVal(STHighlightColor.YELLOW);
        }
        if (withLanguage) {
            var lang = rPr.addNewLang();
            lang.setVal(ENGLISH);
            lang.setEastAsia(CHINESE);
        }
    }
}
