package org.speechdraft.ui.editor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * Picks, for each 公文 face, the first installed font from a list with Simplified-Chinese faces
 * first, and turns the choice into a small stylesheet for the editor. JavaFX's own CJK fallback
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

    private final String fangsong;
    private final String heiti;
    private final String kaiti;
    private final String title;

    private EditorFonts(Set<String> installed) {
        fangsong = firstInstalled(FANGSONG, installed);
        heiti = firstInstalled(HEITI, installed);
        kaiti = firstInstalled(KAITI, installed);
        title = firstInstalled(XIAOBIAOSONG, installed);
    }

    public static EditorFonts detect() {
        return new EditorFonts(new HashSet<>(Font.getFamilies()));
    }

    static String firstInstalled(List<String> preferred, Set<String> installed) {
        return preferred.stream().filter(installed::contains).findFirst().orElse("System");
    }

    public String bodyFamily() {
        return fangsong;
    }

    /** The face the editor shows a level in. */
    public String family(org.speechdraft.core.model.ParagraphLevel level) {
        return switch (level) {
            case TITLE -> title;
            case SUBTITLE, HEADING_2 -> kaiti;
            case HEADING_1 -> heiti;
            default -> fangsong;
        };
    }

    /** A data-URL stylesheet binding each level's style class to its face. */
    public String stylesheetUrl() {
        StringBuilder css = new StringBuilder();
        for (org.speechdraft.core.model.ParagraphLevel level : org.speechdraft.core.model.ParagraphLevel.values()) {
            css.append(rule(level, family(level)));
        }
        return dataUrl(css.toString());
    }

    /** A data-URL stylesheet setting the body face (仿宋) for the text inside {@code styleClass}, e.g. a read-only view. */
    public String bodyStylesheetUrl(String styleClass) {
        return dataUrl("." + styleClass + " .text { -fx-font-family: \"" + fangsong + "\"; }\n");
    }

    private static String dataUrl(String css) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    private static String rule(org.speechdraft.core.model.ParagraphLevel level, String family) {
        return "." + LevelStyles.levelClass(level) + " .text { -fx-font-family: \"" + family + "\"; }\n";
    }
}
