package org.speechdraft.core.export;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * The styles part: one paragraph style per level, so that Word and WPS show the outline in their
 * navigation pane and a user restyles a whole level at once. Body text is the Normal style (shown
 * as 正文 by Chinese Word and WPS), which also carries the grid's base size: LibreOffice takes the
 * character pitch from Normal, not from the document defaults.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";

    private DocxStyles() {
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

    static void install(XWPFDocument doc, ExportPreset preset, GridGeometry grid) {
        CTStyles styles = CTStyles.Factory.newInstance();
        ParagraphFormat body = preset.format(ParagraphLevel.BODY);
        defaults(styles.addNewDocDefaults(), body);
        CTStyle normal = paragraphStyle(styles, NORMAL, NORMAL);
        normal.setDefault(Boolean.TRUE);
        normal.addNewQFormat();
        describe(normal, preset, body, grid, null);
        for (ParagraphLevel level : ParagraphLevel.values()) {
            if (styleId(level) == null) {
                continue;
            }
            CTStyle style = paragraphStyle(styles, styleId(level), styleName(level));
            style.addNewBasedOn().setVal(NORMAL);
            style.addNewNext().setVal(NORMAL);
            style.addNewQFormat();
            describe(style, preset, preset.format(level), grid, level);
        }
        doc.createStyles().setStyles(styles);
    }

    /** The defaults every paragraph starts from: the body's faces and size, Chinese language. */
    private static void defaults(CTDocDefaults defaults, ParagraphFormat body) {
        new RunLook(body.font(), body.sizePt(), null, 0, false)
                .writeTo(defaults.addNewRPrDefault().addNewRPr(), true);
        defaults.addNewPPrDefault();
    }

    private static CTStyle paragraphStyle(CTStyles styles, String id, String name) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        return style;
    }

    /** @param level null for Normal */
    private static void describe(CTStyle style, ExportPreset preset, ParagraphFormat format, GridGeometry grid,
                                 ParagraphLevel level) {
        CTPPrGeneral pPr = style.addNewPPr();
        boolean onGrid = grid != null && format.sizePt() == preset.format(ParagraphLevel.BODY).sizePt();
        if (level != null && (level == ParagraphLevel.TITLE || level == ParagraphLevel.SUBTITLE || level.isHeading())) {
            ParagraphLook.keepWithNext(pPr);
        }
        if (grid != null && !onGrid) {
            ParagraphLook.leaveGrid(pPr);
        }
        if (grid != null && level == null) {
            ParagraphLook.noAutoSpace(pPr);
        }
        ParagraphLook.spacing(pPr, preset.lineSpacing());
        ParagraphLook.firstLineIndent(pPr, format);
        ParagraphLook.alignment(pPr, format.alignment());
        Integer outline = level == null ? null : outlineLevel(level);
        if (outline != null) {
            ParagraphLook.outlineLevel(pPr, outline);
        }
        int letterSpacing = onGrid ? grid.letterSpacingTwips(format.sizePt()) : 0;
        RunLook.of(format, letterSpacing).writeTo(style.addNewRPr(), false);
    }
}
