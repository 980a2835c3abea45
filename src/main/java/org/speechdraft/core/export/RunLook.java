package org.speechdraft.core.export;

/**
 * Character properties to write into a style's or a run's {@code w:rPr}. Null fields are left
 * out, so that the run takes them from its style.
 *
 * @param font           the faces; null to inherit
 * @param sizePt         the type size; null to inherit
 * @param bold           bold on or off; null to inherit
 * @param letterSpacing  extra space after each character in twips (negative: tighter); 0 for none
 * @param highlight      yellow highlight
 * @param characterStyle the run's character style; null for none
 */
record RunLook(FontSpec font, Double sizePt, Boolean bold, int letterSpacing, boolean highlight,
               String characterStyle) {

    static final String CHINESE = "zh-CN";
    static final String ENGLISH = "en-US";

    static RunLook of(ParagraphFormat format, int letterSpacing) {
        return new RunLook(format.font(), format.sizePt(), format.bold(), letterSpacing, false, null);
    }

    static RunLook fontOnly(FontSpec font) {
        return new RunLook(font, null, null, 0, false, null);
    }

    RunLook withBold(Boolean value) {
        return new RunLook(font, sizePt, value, letterSpacing, highlight, characterStyle);
    }

    RunLook withHighlight(boolean value) {
        return new RunLook(font, sizePt, bold, letterSpacing, value, characterStyle);
    }

    RunLook withCharacterStyle(String styleId) {
        return new RunLook(font, sizePt, bold, letterSpacing, highlight, styleId);
    }

    /**
     * Writes {@code w:rPr}. The order is the schema's (rStyle, rFonts, b, bCs, spacing, sz, szCs,
     * highlight, lang): Word refuses a document whose run properties are out of order.
     */
    void writeTo(XmlPart xml, boolean withLanguage) {
        xml.start("w:rPr");
        if (characterStyle != null) {
            xml.empty("w:rStyle").attribute("w:val", characterStyle);
        }
        if (font != null) {
            xml.empty("w:rFonts").attribute("w:ascii", font.latin()).attribute("w:hAnsi", font.latin())
                    .attribute("w:eastAsia", font.eastAsia()).attribute("w:cs", font.latin())
                    // Quotation marks, dashes and ellipses are shared by Latin and Chinese: take the Chinese face.
                    .attribute("w:hint", "eastAsia");
        }
        if (bold != null) {
            OnOff.write(xml, "w:b", bold);
            OnOff.write(xml, "w:bCs", bold);
        }
        if (letterSpacing != 0) {
            xml.empty("w:spacing").attribute("w:val", letterSpacing);
        }
        if (sizePt != null) {
            xml.empty("w:sz").attribute("w:val", Units.halfPoints(sizePt));
            xml.empty("w:szCs").attribute("w:val", Units.halfPoints(sizePt));
        }
        if (highlight) {
            xml.empty("w:highlight").attribute("w:val", "yellow");
        }
        if (withLanguage) {
            xml.empty("w:lang").attribute("w:val", ENGLISH).attribute("w:eastAsia", CHINESE);
        }
        xml.end();
    }
}
