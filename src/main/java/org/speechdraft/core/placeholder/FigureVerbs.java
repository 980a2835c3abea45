package org.speechdraft.core.placeholder;

import java.util.List;
import java.util.Set;

/**
 * Words after which a speech writes a figure: 投入, 新建, 增长, 达到 … They start a placeholder's
 * label ("累计投入资金XX亿元" → 投入资金), and a few of them, followed straight by a unit with no
 * number ("增长%", "新建所学校"), show that a figure was deleted.
 */
final class FigureVerbs {

    /** Words that start a label. */
    private static final WordList LABEL_WORDS = new WordList(List.of(
            "达到", "高达", "多达", "增长", "增加", "增至", "下降", "降低", "减少", "减至", "提高", "提升",
            "投入", "投资", "完成", "新建", "新增", "新开工", "新改扩建", "改扩建", "扩建", "改建", "建成", "建设",
            "累计", "共计", "合计", "总计", "共有", "召开了", "召开", "举办", "开展", "培训", "招聘", "引进", "录用",
            "占比", "占", "超过", "实现", "争取", "筹集", "发放", "资助", "受理", "办理", "接待", "改造", "覆盖",
            "惠及", "帮扶", "培养", "遴选出", "遴选", "评选出", "评选", "认定", "开工", "竣工", "签约", "吸纳",
            "安置", "创建", "组建", "设立", "配备", "补充", "招收", "录取", "参加", "参与", "办复", "办结",
            "发生", "检查", "排查", "查处", "整治", "救助", "慰问", "走访"));

    /**
     * The words that are followed by a figure so surely that a bare unit after them means one was
     * deleted. Kept short: precision first.
     */
    private static final WordList MISSING_FIGURE_WORDS = new WordList(List.of(
            "达到", "增长", "增加", "下降", "降低", "减少", "提高", "投入", "投资", "完成", "新建", "新增",
            "累计", "共计", "合计", "召开了", "召开", "培训", "招聘", "引进", "占比", "占", "超过", "筹集", "发放"));

    /** After these only a share may follow: "占%" is a deleted figure, "占个位置" is not. */
    private static final Set<String> PERCENT_ONLY = Set.of("占", "占比");

    private FigureVerbs() {
    }

    /** The longest label word starting at {@code at}, or null. */
    static String labelWordAt(CharSequence text, int at) {
        return LABEL_WORDS.longestAt(text, at);
    }

    /** True if a label word ends just before {@code end}: "新增" in "新增***", where a count goes, not a name. */
    static boolean endsWithLabelWord(CharSequence text, int end) {
        return LABEL_WORDS.endsAt(text, end);
    }

    /** Cheap test before {@link #missingFigureWordAt}: could such a word start with {@code c}? */
    static boolean mayStartMissingFigureWord(char c) {
        return MISSING_FIGURE_WORDS.mayStartWith(c);
    }

    /** The longest word at {@code at} after which a bare unit means a deleted figure, or null. */
    static String missingFigureWordAt(CharSequence text, int at) {
        return MISSING_FIGURE_WORDS.longestAt(text, at);
    }

    static boolean takesOnlyPercent(String word) {
        return PERCENT_ONLY.contains(word);
    }
}
