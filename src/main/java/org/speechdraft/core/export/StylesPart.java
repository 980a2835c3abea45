package org.speechdraft.core.export;

import java.util.Locale;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * word/styles.xml: one paragraph style per level, so that Word and WPS show the outline in their
 * navigation pane and a user restyles a whole level at once. Body text is the Normal style (shown
 * as 正文 by Chinese Word and WPS), which also carries the grid's base size: LibreOffice takes the
 * character pitch from Normal, not from the document defaults. Then the character style of unfilled
 * placeholders and, in a document with comments, Word's styles of comments.
 */
final class StylesPart {

    static final String NORMAL = "Normal";
    /**
     * The character style of unfilled placeholders (待填数据), besides their direct highlight: it
     * tells them apart from text the user highlighted, for our import and for Word's 选择所有实例.
     */
    static final String PLACEHOLDER = "SdPlaceholder";
    /** Word's own styles of comments (批注文字, 批注引用), named as Word names them, so that it takes them for its own. */
    static final String COMMENT_TEXT = "CommentText";
    static final String COMMENT_REFERENCE = "CommentReference";
    static final RunLook COMMENT_REFERENCE_LOOK = new RunLook(null, null, null, 0, false, COMMENT_REFERENCE);
    /** 五号, the size of comments and their marks. */
    private static final RunLook COMMENT_SIZE = new RunLook(null, 10.5, null, 0, false, null);

    private StylesPart() {
    }

    /** The style id of a level; null for body text, which uses Normal without naming it. */
    static String styleId(ParagraphLevel level) {
        return switch (level) {
            case TITLE -> "Title";
            case SUBTITLE -> "Subtitle";
            case SALUTATION -> "Salutation";
            case HEADING_1 -> "Heading1";
            case HEADING_2 -> "Heading2";
            case HEADING_3 -> "Heading3";
            case HEADING_4 -> "Heading4";
            case BODY -> null;
            case CLOSING -> "Closing";
            case SIGNATURE -> "Signature";
        };
    }

    /** What the style is called in Word's style list: 标题, 一级标题 … */
    static String styleName(ParagraphLevel level) {
        return ExportTexts.get("style." + level.name().toLowerCase(Locale.ROOT));
    }

    /** Navigation-pane level: the title and 一级标题 at the top, 二级…四级 below; null for none. */
    static Integer outlineLevel(ParagraphLevel level) {
        if (level == ParagraphLevel.TITLE) {
            return 0;
        }
        return level.isHeading() ? level.headingDepth() - 1 : null;
    }

    /** GB/T 9704 sets the 落款 (署名 and 成文日期) two characters in from the right margin. */
    static final double SIGNATURE_RIGHT_CHARS = 2;

    /**
     * @param grid         the document grid, null for none
     * @param withComments with the styles of comments
     */
    static byte[] write(ExportPreset preset, GridGeometry grid, boolean withComments) {
        XmlPart xml = XmlPart.root("w:styles", OoxmlNamespace.W);
        writeDefaults(xml, preset.format(ParagraphLevel.BODY));
        writeStyle(xml, preset, grid, null);
        for (ParagraphLevel level : ParagraphLevel.values()) {
            if (styleId(level) != null) {
                writeStyle(xml, preset, grid, level);
            }
        }
        writeCharacterStyle(xml, PLACEHOLDER, ExportTexts.get("style.placeholder"), true,
                new RunLook(null, null, null, 0, true, null));
        if (withComments) {
            writeCommentText(xml);
            writeCharacterStyle(xml, COMMENT_REFERENCE, "annotation reference", false, COMMENT_SIZE);
        }
        return xml.finish();
    }

    /** @param custom one of ours (w:customStyle), rather than one Word knows by its name */
    private static void writeCharacterStyle(XmlPart xml, String id, String name, boolean custom, RunLook look) {
        xml.start("w:style").attribute("w:type", "character");
        if (custom) {
            xml.attribute("w:customStyle", "1");
        }
        xml.attribute("w:styleId", id);
        xml.empty("w:name").attribute("w:val", name);
        look.writeTo(xml, false);
        xml.end();
    }

    /** The paragraphs of comments: small, off the grid, single-spaced, flush left. */
    private static void writeCommentText(XmlPart xml) {
        xml.start("w:style").attribute("w:type", "paragraph").attribute("w:styleId", COMMENT_TEXT);
        xml.empty("w:name").attribute("w:val", "annotation text");
        xml.empty("w:basedOn").attribute("w:val", NORMAL);
        ParagraphLook.offTheBody(new ParagraphLook.Indent(0, 0, 0, 0), Alignment.LEFT).writeTo(xml);
        COMMENT_SIZE.writeTo(xml, false);
        xml.end();
    }

    /** The defaults every paragraph starts from: the body's faces and size, Chinese language. */
    private static void writeDefaults(XmlPart xml, ParagraphFormat body) {
        xml.start("w:docDefaults").start("w:rPrDefault");
        new RunLook(body.font(), body.sizePt(), null, 0, false, null).writeTo(xml, true);
        xml.end().empty("w:pPrDefault").end();
    }

    /**
     * Widow control, written either way because Word and LibreOffice read its absence differently
     * and would break pages at different lines. Off on a grid: 公文 pages hold exactly 22 lines,
     * and a page ending a line early to keep two together would not (Chinese Word's own Normal
     * style writes it off); on without a grid, where a lone line at a page's edge is only untidy.
     */
    private static boolean widowControl(GridGeometry grid) {
        return grid == null;
    }

    /** @param level null for Normal */
    private static void writeStyle(XmlPart xml, ExportPreset preset, GridGeometry grid, ParagraphLevel level) {
        xml.start("w:style").attribute("w:type", "paragraph");
        if (level == null) {
            xml.attribute("w:styleId", NORMAL).attribute("w:default", "true");
            xml.empty("w:name").attribute("w:val", NORMAL);
        } else {
            xml.attribute("w:styleId", styleId(level));
            xml.empty("w:name").attribute("w:val", styleName(level));
            xml.empty("w:basedOn").attribute("w:val", NORMAL);
            xml.empty("w:next").attribute("w:val", NORMAL);
        }
        xml.empty("w:qFormat");
        ParagraphFormat format = preset.format(level == null ? ParagraphLevel.BODY : level);
        boolean onGrid = grid != null && format.sizePt() == preset.format(ParagraphLevel.BODY).sizePt();
        boolean keepNext = level != null
                && (level == ParagraphLevel.TITLE || level == ParagraphLevel.SUBTITLE || level.isHeading());
        new ParagraphLook(null, keepNext ? Boolean.TRUE : null, level == null ? widowControl(grid) : null,
                grid != null && level == null, grid != null && !onGrid,
                preset.lineSpacing(), level == ParagraphLevel.SIGNATURE
                        ? ParagraphLook.Indent.withRight(format, SIGNATURE_RIGHT_CHARS) : ParagraphLook.Indent.firstLine(format),
                format.alignment(),
                level == null ? null : outlineLevel(level)).writeTo(xml);
        int letterSpacing = onGrid ? grid.letterSpacingTwips(format.sizePt()) : 0;
        RunLook.of(format, letterSpacing).writeTo(xml, false);
        xml.end();
    }
}
