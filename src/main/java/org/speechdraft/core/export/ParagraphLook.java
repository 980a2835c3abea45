package org.speechdraft.core.export;

import java.util.function.Consumer;

/**
 * Paragraph properties to write into a style's or a paragraph's {@code w:pPr}. Null (or false)
 * fields are left out, so that the paragraph takes them from its style.
 *
 * @param styleId      the paragraph's style; null for Normal, or in a style
 * @param keepNext     kept on the page of the next paragraph (headings), or explicitly not; null to inherit
 * @param widowControl whether a paragraph's first or last line may stand alone at a page's edge
 *                     (false: it may); null to inherit
 * @param noAutoSpace  no extra space between Chinese and Latin letters or digits, which Word and
 *                     LibreOffice add by default: on a grid it would push the 28th character of a
 *                     line with figures to the next
 * @param offGrid      not snapped to the document grid: a 22 pt title would take two cells a character
 * @param lineSpacing  the line height; null to inherit
 * @param indent       the indents; null to inherit
 * @param alignment    null to inherit
 * @param outlineLevel the navigation-pane level (0 at the top); null for none
 */
record ParagraphLook(String styleId, Boolean keepNext, Boolean widowControl, boolean noAutoSpace, boolean offGrid,
                     LineSpacing lineSpacing, Indent indent, Alignment alignment, Integer outlineLevel) {

    /**
     * Indents in twips; the first line's also in hundredths of a character (what Word writes and
     * prefers), as LibreOffice reads only twips: 2 characters of 16 pt = 640 twips and 200.
     */
    record Indent(int firstLineTwips, long firstLineChars, int leftTwips, int rightTwips) {

        static Indent firstLine(ParagraphFormat format) {
            return new Indent(Units.twipsFromPt(format.firstLineChars() * format.sizePt()),
                    Math.round(format.firstLineChars() * 100), 0, 0);
        }

        /** The level's first-line indent, and {@code chars} characters of its size in from the right margin. */
        static Indent withRight(ParagraphFormat format, double chars) {
            Indent first = firstLine(format);
            return new Indent(first.firstLineTwips, first.firstLineChars, 0, Units.twipsFromPt(chars * format.sizePt()));
        }

        void writeTo(XmlPart xml) {
            xml.empty("w:ind").attribute("w:firstLine", firstLineTwips).attribute("w:firstLineChars", firstLineChars);
            if (leftTwips != 0) {
                xml.attribute("w:left", leftTwips);
            }
            if (rightTwips != 0) {
                xml.attribute("w:right", rightTwips);
            }
        }
    }

    /** A paragraph that takes all its properties from its style. */
    static ParagraphLook styled(String styleId) {
        return new ParagraphLook(styleId, null, null, false, false, null, null, null, null);
    }

    /**
     * A paragraph of Normal's faces that undoes the body's grid, line height and first-line indent:
     * a footer's, a comment's.
     */
    static ParagraphLook offTheBody(Indent indent, Alignment alignment) {
        return new ParagraphLook(null, null, null, false, true, LineSpacing.multiple(1), indent, alignment, null);
    }

    ParagraphLook withKeepNext(boolean keep) {
        return new ParagraphLook(styleId, keep, widowControl, noAutoSpace, offGrid, lineSpacing, indent, alignment,
                outlineLevel);
    }

    /**
     * Writes {@code w:pPr}, nothing when every field is left out. The order is the schema's:
     * Word refuses a document whose paragraph properties are out of order.
     */
    void writeTo(XmlPart xml) {
        writeTo(xml, null);
    }

    /**
     * @param revisionMarks writes what a 修订稿 tracks of the paragraph itself (its mark's w:rPr,
     *                      w:pPrChange), which the schema wants after the properties; null for none
     */
    void writeTo(XmlPart xml, Consumer<XmlPart> revisionMarks) {
        if (inheritsAll() && revisionMarks == null) {
            return;
        }
        xml.start("w:pPr");
        writeProperties(xml);
        if (revisionMarks != null) {
            revisionMarks.accept(xml);
        }
        xml.end();
    }

    /** The properties without the w:pPr around them, as w:pPrChange holds a paragraph's former ones too. */
    void writeProperties(XmlPart xml) {
        if (styleId != null) {
            xml.empty("w:pStyle").attribute("w:val", styleId);
        }
        if (keepNext != null) {
            OnOff.write(xml, "w:keepNext", keepNext);
        }
        if (widowControl != null) {
            OnOff.write(xml, "w:widowControl", widowControl);
        }
        if (noAutoSpace) {
            OnOff.write(xml, "w:autoSpaceDE", false);
            OnOff.write(xml, "w:autoSpaceDN", false);
        }
        if (offGrid) {
            OnOff.write(xml, "w:snapToGrid", false);
        }
        if (lineSpacing != null) {
            writeSpacing(xml);
        }
        if (indent != null) {
            indent.writeTo(xml);
        }
        if (alignment != null) {
            xml.empty("w:jc").attribute("w:val", switch (alignment) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
                case JUSTIFY -> "both";
            });
        }
        if (outlineLevel != null) {
            xml.empty("w:outlineLvl").attribute("w:val", outlineLevel);
        }
    }

    private boolean inheritsAll() {
        return styleId == null && keepNext == null && widowControl == null && !noAutoSpace && !offGrid
                && lineSpacing == null && indent == null && alignment == null && outlineLevel == null;
    }

    /** No space before or after; the line height exact in twips, or a multiple in 240ths of a line. */
    private void writeSpacing(XmlPart xml) {
        xml.empty("w:spacing").attribute("w:before", 0).attribute("w:after", 0);
        if (lineSpacing.rule() == LineSpacing.Rule.EXACT) {
            xml.attribute("w:line", Units.twipsFromPt(lineSpacing.value())).attribute("w:lineRule", "exact");
        } else {
            xml.attribute("w:line", Math.round(lineSpacing.value() * 240)).attribute("w:lineRule", "auto");
        }
    }
}
