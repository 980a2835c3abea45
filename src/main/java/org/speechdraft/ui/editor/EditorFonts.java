package org.speechdraft.ui.editor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.text.Font;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.FontSpec;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Picks, for each paragraph level, the face the export layout names if it is installed, else the
 * first installed stand-in (Simplified-Chinese faces first), says which faces stood in, and turns
 * the choice into a small stylesheet for the editor. JavaFX's own CJK fallback
 * may pick a Japanese or Traditional face with centred punctuation, so the families are named.
 */
public final class EditorFonts {

    /** 仿宋 for body text and levels 3–4. */
    static final List<String> FANGSONG = List.of("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong",
            "STFangsong", "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "思源宋体", "SimSun", "宋体",
            "AR PL UMing CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei");
    /** 黑体 for level 1. */
    static final List<String> HEITI = List.of("黑体", "SimHei", "STHeiti", "Noto Sans CJK SC",
            "Source Han Sans SC", "思源黑体", "Microsoft YaHei", "微软雅黑", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei");
    /** 楷体 for level 2 and the time line. */
    static final List<String> KAITI = List.of("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti",
            "华文楷体", "AR PL UKai CN", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体");
    /** 小标宋 for the title. */
    static final List<String> XIAOBIAOSONG = List.of("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S",
            "华文中宋", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体");

    /** Each level's face on this screen. */
    private final Map<ParagraphLevel, String> families = new EnumMap<>(ParagraphLevel.class);
    /** Each level's face in the export, where the screen shows another one. */
    private final Map<ParagraphLevel, String> substituted = new EnumMap<>(ParagraphLevel.class);

    /**
     * For each level: the face the preset exports it in if installed, else the preset's own
     * fallbacks, else this editor's list for that kind of face.
     */
    private EditorFonts(ExportPreset preset, Set<String> installed) {
        for (ParagraphLevel level : ParagraphLevel.values()) {
            FontSpec font = preset.format(level).font();
            List<String> preferred = new ArrayList<>();
            preferred.add(font.eastAsia());
            preferred.addAll(font.fallbacks());
            preferred.addAll(kind(level));
            String family = firstInstalled(preferred, installed);
            families.put(level, family);
            if (!family.equals(font.eastAsia())) {
                substituted.put(level, font.eastAsia());
            }
        }
    }

    /** The faces of the 公文标准 layout. */
    public static EditorFonts detect() {
        return forPreset(BuiltInPresets.gongwen());
    }

    public static EditorFonts forPreset(ExportPreset preset) {
        return forPreset(preset, new HashSet<>(Font.getFamilies()));
    }

    static EditorFonts forPreset(ExportPreset preset, Set<String> installed) {
        return new EditorFonts(preset, installed);
    }

    private static List<String> kind(ParagraphLevel level) {
        return switch (level) {
            case TITLE -> XIAOBIAOSONG;
            case SUBTITLE, HEADING_2 -> KAITI;
            case HEADING_1 -> HEITI;
            default -> FANGSONG;
        };
    }

    static String firstInstalled(List<String> preferred, Set<String> installed) {
        return preferred.stream().filter(installed::contains).findFirst().orElse("System");
    }

    public String bodyFamily() {
        return families.get(ParagraphLevel.BODY);
    }

    /** The face the editor shows a level in. */
    public String family(ParagraphLevel level) {
        return families.get(level);
    }

    /**
     * The export's faces that this screen does not have, each with the face shown instead and the
     * levels concerned, in the order of the levels.
     */
    public List<Substitute> substitutes() {
        Map<String, Substitute> byFace = new LinkedHashMap<>();
        substituted.forEach((level, wanted) -> byFace.merge(wanted + "\n" + families.get(level),
                new Substitute(wanted, families.get(level), List.of(level)),
                (a, b) -> new Substitute(a.wanted(), a.shown(), concat(a.levels(), b.levels()))));
        return List.copyOf(byFace.values());
    }

    /** A face the export names, and what the screen shows for it. */
    public record Substitute(String wanted, String shown, List<ParagraphLevel> levels) {
    }

    private static List<ParagraphLevel> concat(List<ParagraphLevel> a, List<ParagraphLevel> b) {
        List<ParagraphLevel> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A data-URL stylesheet binding each level's style class to its face. */
    public String stylesheetUrl() {
        StringBuilder css = new StringBuilder();
        for (ParagraphLevel level : ParagraphLevel.values()) {
            css.append(rule(level, families.get(level)));
        }
        return dataUrl(css.toString());
    }

    /** A data-URL stylesheet setting the body face (仿宋) for the text inside {@code styleClass}, e.g. a read-only view. */
    public String bodyStylesheetUrl(String styleClass) {
        return dataUrl("." + styleClass + " .text { -fx-font-family: \"" + bodyFamily() + "\"; }\n");
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String rule(ParagraphLevel level, String family) {
        return "." + LevelStyles.levelClass(level) + " .text { -fx-font-family: \"" + family + "\"; }\n";
    }
}
