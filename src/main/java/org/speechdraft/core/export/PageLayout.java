package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Lays a draft out on pages exactly as its DOCX export is laid out: the preset's page and margins,
 * each level's size, indent and alignment, the grid's letter spacing (28 characters a line on the
 * 公文 grid), the title broken into balanced lines and the blank line above the 称呼 as the export
 * writes them, lines broken with 标点悬挂 and 避头尾 ({@link LineBreaker}), titles and headings kept
 * with the next paragraph, widow control where the export writes it on. So the page count is the
 * printed one ("讲话稿控制在8页以内"), for the page view, the status bar, PDF and printing.
 * Stateless and thread-safe once made.
 */
public final class PageLayout {

    /**
     * A multiple of "single" lines depends on the face's own line height: about 1.3 em in Word for
     * the Windows 公文 faces (LibreOffice with Noto CJK: 1.45 em), so a preset with a multiple gets
     * an estimate; the built-in presets set exact heights, which every program keeps.
     */
    private static final double SINGLE_LINE_EMS = 1.3;

    private final ExportPreset preset;
    private final double blockWidthPt;
    private final double pageHeightPt;
    private final boolean widowControl;
    private final Map<ParagraphLevel, LevelMetrics> levels = new EnumMap<>(ParagraphLevel.class);

    /** How one level's lines are set: size, letter spacing, indents, line height. */
    private record LevelMetrics(double sizePt, double letterSpacingPt, double firstIndentPt, double rightIndentPt,
                                Alignment alignment, double lineHeightPt) {
    }

    public PageLayout(ExportPreset preset) {
        this.preset = preset;
        this.blockWidthPt = Units.ptFromTwips(GridGeometry.textWidthTwips(preset.page()));
        double bodySize = preset.format(ParagraphLevel.BODY).sizePt();
        GridGeometry grid = preset.grid().isSet() ? GridGeometry.of(preset.page(), preset.grid(), bodySize) : null;
        int blockHeightTwips = Units.twipsFromMm(preset.page().heightMm()) - Units.twipsFromMm(preset.page().topMm())
                - Units.twipsFromMm(preset.page().bottomMm());
        this.pageHeightPt = grid != null ? preset.grid().linesPerPage() * Units.ptFromTwips(grid.linePitchTwips())
                : Units.ptFromTwips(blockHeightTwips);
        this.widowControl = grid == null;
        LineSpacing spacing = preset.lineSpacing();
        for (ParagraphLevel level : ParagraphLevel.values()) {
            ParagraphFormat format = preset.format(level);
            boolean onGrid = grid != null && format.sizePt() == bodySize;
            double letterSpacing = onGrid ? grid.letterSpacingTwips(format.sizePt()) / 20.0 : 0;
            double right = level == ParagraphLevel.SIGNATURE ? StylesPart.SIGNATURE_RIGHT_CHARS * format.sizePt() : 0;
            double lineHeight = grid != null ? Units.ptFromTwips(grid.linePitchTwips())
                    : spacing.rule() == LineSpacing.Rule.EXACT ? spacing.value()
                    : spacing.value() * SINGLE_LINE_EMS * format.sizePt();
            levels.put(level, new LevelMetrics(format.sizePt(), letterSpacing,
                    Units.ptFromTwips(Units.twipsFromPt(format.firstLineChars() * format.sizePt())), right,
                    format.alignment(), lineHeight));
        }
    }

    public ExportPreset preset() {
        return preset;
    }

    /** The pages of {@code paragraphs}, with the run-in body text of headings found as the export finds it. */
    public Pagination paginate(List<DraftParagraph> paragraphs) {
        return paginate(paragraphs, RunInHeadings.bodyStarts(paragraphs));
    }

    /**
     * The pages, for a caller that knows where the run-in body text of headings starts (-1 for none,
     * one entry a paragraph), as the outline finds it.
     */
    public Pagination paginate(List<DraftParagraph> paragraphs, int[] runInStarts) {
        List<Block> blocks = new ArrayList<>(paragraphs.size() + 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph paragraph = paragraphs.get(i);
            if (i > 0 && DocumentLayout.blankLineBetween(paragraphs.get(i - 1), paragraph)) {
                blocks.add(blank());
            }
            blocks.add(lines(i, paragraph, runInStarts[i]));
        }
        return new Pagination(new PageFilling(pageHeightPt, widowControl).fill(blocks));
    }

    /** A paragraph's lines and whether it keeps with the next one. */
    record Block(List<PageLine> lines, boolean keepWithNext) {
    }

    /** The empty line the export writes above the 称呼, a body line. */
    private Block blank() {
        return new Block(List.of(new PageLine(-1, ParagraphLevel.BODY, 0, 0, 0, 0, -1,
                levels.get(ParagraphLevel.BODY).lineHeightPt())), false);
    }

    /** The lines of one paragraph, as {@link LineBreaker} breaks them. */
    Block lines(int index, DraftParagraph paragraph, int runInFrom) {
        ParagraphLevel level = paragraph.level();
        LevelMetrics m = levels.get(level);
        String text = paragraph.text();
        GlyphAdvance.Advances advances = GlyphAdvance.ofText(text, m.sizePt(), m.letterSpacingPt());
        double[] advance = advances.advance();
        SortedSet<Integer> forced = level == ParagraphLevel.TITLE
                ? TitleLines.breaks(text, m.sizePt(), blockWidthPt - m.firstIndentPt()) : new TreeSet<>();
        double other = blockWidthPt - m.rightIndentPt();
        List<Integer> starts = LineBreaker.lineStarts(text, advances,
                new LineBreaker.Widths(other - m.firstIndentPt(), other), forced);
        List<PageLine> lines = new ArrayList<>(starts.size());
        for (int n = 0; n < starts.size(); n++) {
            int start = starts.get(n);
            int end = n + 1 < starts.size() ? starts.get(n + 1) : text.length();
            double width = start < end ? -advances.spaceBefore()[start] : 0;
            for (int k = start; k < end; k++) {
                width += advance[k];
            }
            for (int k = end - 1; k >= start && text.charAt(k) == ' '; k--) {
                width -= advance[k];
            }
            double indent = n == 0 ? m.firstIndentPt() : 0;
            double room = other - indent;
            double x = indent + switch (m.alignment()) {
                case CENTER -> Math.max(0, (room - width) / 2);
                case RIGHT -> Math.max(0, room - width);
                default -> 0;
            };
            lines.add(new PageLine(index, level, start, end, x, width, runInFrom, m.lineHeightPt()));
        }
        boolean keep = (level == ParagraphLevel.TITLE || level == ParagraphLevel.SUBTITLE || level.isHeading())
                && runInFrom < 0;
        return new Block(lines, keep);
    }
}
