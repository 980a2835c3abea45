package org.speechdraft.core.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * The two layouts that come with the program: 公文标准 (GB/T 9704-2012) and 讲话稿大字版, the copy
 * the speaker reads from.
 */
public final class BuiltInPresets {

    public static final String GONGWEN_ID = "gongwen";
    public static final String LARGE_PRINT_ID = "large-print";

    // The faces 公文 names, each followed by what stands in for it on machines without it:
    // Windows' own faces first, then the macOS and the free Simplified-Chinese ones.
    static final FontSpec XIAOBIAOSONG = FontSpec.withTimes("方正小标宋简体",
            "方正小标宋_GBK", "华文中宋", "STZhongsong", "Noto Serif CJK SC", "宋体", "SimSun");
    static final FontSpec FANGSONG = FontSpec.withTimes("仿宋_GB2312",
            "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC");
    static final FontSpec KAITI = FontSpec.withTimes("楷体_GB2312",
            "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC");
    static final FontSpec HEITI = FontSpec.withTimes("黑体",
            "SimHei", "STHeiti", "Noto Sans CJK SC");
    // GB/T 9704 sets the page number's digits in 宋体 as well.
    static final FontSpec SONGTI = new FontSpec("宋体", List.of("SimSun", "STSong", "Noto Serif CJK SC"), "宋体");

    // 字号 in points
    private static final double ER_HAO = 22;
    private static final double XIAO_ER = 18;
    private static final double SAN_HAO = 16;
    private static final double SI_HAO = 14;
    private static final double YI_HAO = 26;

    private static final double INDENT = 2;
    private static final double READING_LINE_PT = 35;

    private BuiltInPresets() {
    }

    public static List<ExportPreset> all() {
        return List.of(gongwen(), largePrint());
    }

    public static Optional<ExportPreset> find(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static boolean isBuiltIn(String id) {
        return find(id).isPresent();
    }

    /**
     * GB/T 9704: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (so 35 mm below, 26 mm right),
     * 22 lines × 28 characters, body 仿宋_GB2312 三号. 28.95 pt is the largest exact line height
     * that still fits 22 lines into 225 mm.
     */
    public static ExportPreset gongwen() {
        Map<ParagraphLevel, ParagraphFormat> levels = levels(SAN_HAO, false);
        levels.put(ParagraphLevel.TITLE, centred(XIAOBIAOSONG, ER_HAO, false));
        return new ExportPreset(GONGWEN_ID, ExportTexts.get("preset.gongwen.name"),
                PageSetup.a4(37, 35, 28, 26), levels, LineSpacing.exact(28.95), TextGrid.of(22, 28),
                new PageNumbers(PageNumbers.Placement.OUTSIDE, SONGTI, SI_HAO, 7));
    }

    /**
     * The reading copy: 小二 with lines 35 pt apart (about one and a half lines, as an exact height
     * so that Word, WPS and LibreOffice — and the page view — break pages alike), headings in bold
     * so the speaker finds the next point at a glance, page numbers centred, no grid.
     */
    public static ExportPreset largePrint() {
        Map<ParagraphLevel, ParagraphFormat> levels = levels(XIAO_ER, true);
        levels.put(ParagraphLevel.TITLE, centred(XIAOBIAOSONG, YI_HAO, false));
        return new ExportPreset(LARGE_PRINT_ID, ExportTexts.get("preset.largePrint.name"),
                PageSetup.a4(25, 25, 28, 25), levels, LineSpacing.exact(READING_LINE_PT), TextGrid.NONE,
                new PageNumbers(PageNumbers.Placement.CENTER, SONGTI, SAN_HAO, 5));
    }

    /** Every level but the title, at one size; {@code boldHeadings} sets levels 2–4 in bold (黑体 is bold already). */
    private static Map<ParagraphLevel, ParagraphFormat> levels(double size, boolean boldHeadings) {
        Map<ParagraphLevel, ParagraphFormat> levels = new EnumMap<>(ParagraphLevel.class);
        ParagraphFormat body = new ParagraphFormat(FANGSONG, size, false, Alignment.JUSTIFY, INDENT);
        levels.put(ParagraphLevel.SUBTITLE, centred(KAITI, size, false));
        levels.put(ParagraphLevel.SALUTATION, new ParagraphFormat(FANGSONG, size, false, Alignment.LEFT, 0));
        levels.put(ParagraphLevel.HEADING_1, body.withFont(HEITI));
        levels.put(ParagraphLevel.HEADING_2, body.withFont(KAITI).withBold(boldHeadings));
        levels.put(ParagraphLevel.HEADING_3, body.withBold(boldHeadings));
        levels.put(ParagraphLevel.HEADING_4, body.withBold(boldHeadings));
        levels.put(ParagraphLevel.BODY, body);
        levels.put(ParagraphLevel.CLOSING, body);
        levels.put(ParagraphLevel.SIGNATURE, new ParagraphFormat(FANGSONG, size, false, Alignment.RIGHT, 0));
        return levels;
    }

    private static ParagraphFormat centred(FontSpec font, double size, boolean bold) {
        return new ParagraphFormat(font, size, bold, Alignment.CENTER, 0);
    }
}
