package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

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

    private static final double IDEOGRAPHIC_ASCENT_EMS = 0.88;

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

    /** The page and the text block the lines are set in. */
    public PageFrame frame() {
        return PageFrame.of(preset.page(), blockWidthPt, pageHeightPt);
    }

    /**
     * Where a line's baseline stands below the line's top: the characters' em box (ideographs fill
     * it, 0.88 em above the baseline, 0.12 below) centred in the line's height, as Word centres
     * text in a line of exact height.
     */
    public double baselinePt(PageLine line) {
        double size = levels.get(line.level()).sizePt();
        return (line.heightPt() - size) / 2 + IDEOGRAPHIC_ASCENT_EMS * size;
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
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(lines(i, paragraphs.get(i), runInStarts[i]));
        }
        return fill(paragraphs, blocks);
    }

    /** Pages filled with the paragraphs' lines, one block a paragraph, and the blank line above the 称呼. */
    Pagination fill(List<DraftParagraph> paragraphs, List<Block> blocks) {
        List<Block> all = new ArrayList<>(blocks.size() + 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0 && DocumentLayout.blankLineBetween(paragraphs.get(i - 1), paragraphs.get(i))) {
                all.add(blank());
            }
            all.add(blocks.get(i));
        }
        return new Pagination(new PageFilling(pageHeightPt, widowControl).fill(all));
    }

    /** A paragraph's lines and whether it keeps with the next one. */
    record Block(List<PageLine> lines, boolean keepWithNext) {

        /** The same lines for the paragraph now at {@code index} (one was added or removed above it). */
        Block at(int index) {
            if (lines.get(0).paragraph() == index) {
                return this;
            }
            return new Block(lines.stream().map(l -> new PageLine(index, l.level(), l.start(), l.end(), l.xPt(),
                    l.widthPt(), l.runInFrom(), l.heightPt())).toList(), keepWithNext);
        }

        int runInFrom() {
            return lines.get(0).runInFrom();
        }
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

    /**
     * What line {@code line} of {@code paragraph} shows, in stretches of one look, each character
     * where the export's layout puts it: justified lines (all but a paragraph's last) spread to
     * the margin, Latin letters in the Latin face, run-in body text in the body's face, bold and
     * highlighted text as the draft marks it, and {@code highlighted} ranges (unfilled
     * placeholders, [start, end) of the paragraph) in yellow.
     */
    public List<GlyphRun> glyphs(PageLine line, DraftParagraph paragraph, List<int[]> highlighted) {
        LevelMetrics m = levels.get(line.level());
        String text = paragraph.text();
        GlyphAdvance.Advances advances = GlyphAdvance.ofText(text, m.sizePt(), m.letterSpacingPt());
        int end = line.end();
        while (end > line.start() && text.charAt(end - 1) == ' ') {
            end--;
        }
        double[] x = new double[Math.max(0, end - line.start())];
        double room = blockWidthPt - m.rightIndentPt() - (line.start() == 0 ? m.firstIndentPt() : 0);
        int gaps = x.length - 1;
        boolean justified = m.alignment() == Alignment.JUSTIFY && line.end() < text.length() && gaps > 0
                && line.widthPt() < room;
        double extra = justified ? (room - line.widthPt()) / gaps : 0;
        double pen = line.xPt();
        for (int k = line.start(); k < end; k++) {
            if (k > line.start()) {
                pen += advances.spaceBefore()[k] + extra;
            }
            x[k - line.start()] = pen;
            pen += advances.advance()[k] - advances.spaceBefore()[k];
        }
        ParagraphFormat own = preset.format(line.level());
        ParagraphFormat body = preset.format(ParagraphLevel.BODY);
        boolean[] bold = styled(paragraph, TextStyle::bold);
        boolean[] marked = styled(paragraph, TextStyle::highlight);
        for (int[] range : highlighted) {
            Arrays.fill(marked, Math.max(0, range[0]), Math.min(marked.length, range[1]), true);
        }
        List<GlyphRun> runs = new ArrayList<>();
        int from = line.start();
        for (int k = from + 1; k <= end; k++) {
            if (k < end && advances.latin()[k] == advances.latin()[from] && bold[k] == bold[from]
                    && marked[k] == marked[from] && runIn(line, k) == runIn(line, from)) {
                continue;
            }
            ParagraphFormat format = runIn(line, from) ? body : own;
            int last = k - 1;
            double runEnd = x[last - line.start()] + advances.advance()[last] - advances.spaceBefore()[last];
            runs.add(new GlyphRun(text.substring(from, k), Arrays.copyOfRange(x, from - line.start(), k - line.start()),
                    runEnd, format.font(), advances.latin()[from], m.sizePt(), format.bold() || bold[from],
                    marked[from]));
            from = k;
        }
        return runs;
    }

    /**
     * The offset in {@code paragraph} nearest to {@code xPt} (from the text block's left edge) on
     * {@code line}: before the character whose left half holds it, after the line's last
     * character right of it.
     */
    public int offsetAt(PageLine line, DraftParagraph paragraph, double xPt) {
        int offset = line.start();
        for (GlyphRun run : glyphs(line, paragraph, List.of())) {
            double[] x = run.xPt();
            for (int k = 0; k < x.length; k++) {
                double right = k + 1 < x.length ? x[k + 1] : run.endPt();
                if (xPt < (x[k] + right) / 2) {
                    return offset;
                }
                offset++;
            }
        }
        return offset;
    }

    private static boolean runIn(PageLine line, int k) {
        return line.runInFrom() >= 0 && k >= line.runInFrom();
    }

    /** For each character of the paragraph, whether its run's style has {@code property}. */
    private static boolean[] styled(DraftParagraph paragraph, Predicate<TextStyle> property) {
        boolean[] on = new boolean[paragraph.text().length()];
        int at = 0;
        for (StyledRun run : paragraph.runs()) {
            Arrays.fill(on, at, at + run.text().length(), property.test(run.style()));
            at += run.text().length();
        }
        return on;
    }
}
