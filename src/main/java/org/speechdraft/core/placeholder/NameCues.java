package org.speechdraft.core.placeholder;

import java.util.List;
import java.util.Set;

/**
 * Whether a placeholder stands for a person's or a place's name: "***同志", "XX县", "中共***委",
 * "《x教育现代化…》", "在***的带领下", or stars before a noun ("***第七中学").
 */
final class NameCues {

    /** Titles after a person's name and suffixes after a place's. */
    private static final WordList AFTER_NAME = new WordList(List.of(
            "同志", "副书记", "书记", "副主任", "主任", "副局长", "局长", "副市长", "市长", "县长", "区长", "省长", "镇长",
            "乡长", "村长", "校长", "院长", "处长", "科长", "部长", "厅长", "主席", "委员", "代表", "先生", "女士",
            "老师", "教授", "总经理", "董事长", "经理",
            "自治区", "街道", "社区", "地区", "中学", "小学", "学校", "大学", "学院", "幼儿园", "医院", "公司", "集团",
            "省", "市", "县", "区", "镇", "乡", "村", "州", "委", "局", "厅", "縣", "區", "鎮", "鄉", "盟", "旗"));

    /** Words that begin with a place suffix but say something else: "XX市场", "XX区域". */
    private static final Set<String> NOT_NAMES = Set.of("市场", "市民", "区域", "区别", "区分", "局面", "局部", "委托",
            "村民", "县域", "乡村", "州府", "省份", "市级", "县级", "区级", "省级", "镇级");

    private NameCues() {
    }

    static boolean isName(CharSequence text, FigureRun run) {
        int after = FigureChars.skipGap(text, run.end());
        int before = FigureChars.skipGapBackward(text, run.start());
        // Stars before a noun stand for a name ("***第七中学") unless a figure word asks for a count.
        return hasNameCue(text, run)
                || (run.isSymbolsOnly(text) && run.length() >= 3 && after < text.length()
                        && FigureChars.isHanAt(text, after) && !FigureVerbs.endsWithLabelWord(text, before));
    }

    /**
     * A word around it that says name: a title or place after it; 《, 中共 or a role such as
     * "联系人：" before it; 在…的 around it.
     */
    static boolean hasNameCue(CharSequence text, FigureRun run) {
        int after = FigureChars.skipGap(text, run.end());
        int before = FigureChars.skipGapBackward(text, run.start());
        return !suffixAfter(text, run).isEmpty()
                || endsWith(text, before, "《") || endsWith(text, before, "中共")
                || endsWith(text, before, "人：") || endsWith(text, before, "人:")
                || (endsWith(text, before, "在") && startsWith(text, after, "的"));
    }

    /** The title or place suffix after a name placeholder ("同志", "县"), shown as its unit; "" if none. */
    static String suffixAfter(CharSequence text, FigureRun run) {
        int at = FigureChars.skipGap(text, run.end());
        String suffix = AFTER_NAME.longestAt(text, at);
        if (suffix == null || (at + 1 < text.length() && NOT_NAMES.contains(text.subSequence(at, at + 2).toString()))) {
            return "";
        }
        return suffix;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        return WordList.matches(text, at, word);
    }

    private static boolean endsWith(CharSequence text, int end, String word) {
        return WordList.matches(text, end - word.length(), word);
    }
}
