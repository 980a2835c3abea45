package org.speechdraft.core.placeholder;

import static org.speechdraft.core.placeholder.PlaceholderKind.AMOUNT;
import static org.speechdraft.core.placeholder.PlaceholderKind.COUNT;
import static org.speechdraft.core.placeholder.PlaceholderKind.DATE;
import static org.speechdraft.core.placeholder.PlaceholderKind.PERCENT;
import static org.speechdraft.core.placeholder.PlaceholderKind.UNKNOWN;
import static org.speechdraft.core.placeholder.PlaceholderKind.YEAR;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units that follow figures in speeches: an optional "about" (余, 多), an optional magnitude
 * (万, 亿 …) and a measure word (元, 所, 人次, 平方米, % …) — "万元", "余人次", "万平方米".
 */
final class MeasureUnits {

    private record Measure(PlaceholderKind kind, boolean strong) {
    }

    private static final Map<String, Measure> MEASURES = new HashMap<>();
    private static final int MOST_MAGNITUDES = 3;

    static {
        strong(AMOUNT, "元", "美元", "欧元", "港元");
        strong(PERCENT, "%", "％", "‰", "个百分点", "百分点");
        strong(COUNT, "所", "个", "名", "人次", "项", "家", "台", "套", "件", "场", "次", "批", "吨", "亩",
                "家次", "场次", "户次", "架次", "车次",
                "平方米", "平方公里", "公里", "千米", "公顷");
        weak(COUNT, "人", "位", "起", "期", "支", "户", "间", "座", "处", "条", "本", "册", "张", "辆", "艘", "架",
                "千克", "公斤", "立方米", "米", "小时", "天", "周", "周年", "课时", "学时", "篇", "部", "种", "类",
                "届", "班", "节", "倍", "例", "栋", "层", "笔", "份", "年级", "学年", "批次", "人份");
        // Units written in Latin letters, case as written ("装机容量XXMW", "道路XXkm"): "XML" or "XXL" is no unit.
        weak(COUNT, "km", "kg", "mm", "cm", "m²", "m³", "MW", "kW", "kWh", "GW", "GWh", "kV", "MB", "GB", "TB",
                "Mbps", "Gbps", "ha");
        weak(DATE, "月份", "月", "日", "号");
        // 年 measures a year only after a year-shaped figure (20XX年); "近X年" counts years. KindRules decides.
        weak(YEAR, "年", "年度");
    }

    private static final WordList MEASURE_WORDS = new WordList(List.copyOf(MEASURES.keySet()));

    /**
     * A measure word followed by this character makes another word, not a unit: 所有, 个人, 名单,
     * 人民, 项目, 家长 … ("全市XX人民政府" is a name, "新建所有" no count).
     */
    private static final Set<String> NOT_UNITS = Set.of(
            "所有", "所属", "所在", "所以", "所谓", "所需", "所得", "所长", "所辖", "所处", "所述", "所说", "所做", "所作",
            "个人", "个体", "个别", "个性", "个案", "个税",
            "名单", "名称", "名额", "名义", "名誉", "名牌", "名次", "名片", "名胜", "名录", "名师", "名校", "名优", "名字",
            "名列",
            "人民", "人才", "人员", "人口", "人群", "人生", "人身", "人事", "人文", "人力", "人类", "人士", "人均", "人格",
            "人性", "人权", "人工", "人物", "人心", "人居", "人社", "人大",
            "位置", "位于", "位列", "项目", "家长", "家庭", "家园", "家乡", "家属", "家风", "家具",
            "次要", "次序", "次日", "次年", "次数", "台州", "台湾", "台阶", "台账", "台风",
            "起来", "起步", "起点", "起草", "起诉", "起码", "起到", "场所", "场地", "场景", "场合", "场馆",
            "期间", "期待", "期望", "期限", "期刊", "期末", "期中", "批准", "批示", "批评", "批复",
            "支持", "支出", "支付", "支部", "支撑", "户籍", "户口", "户外", "间接", "间隔", "座谈",
            "处理", "处置", "处长", "处分", "处罚", "处于", "条件", "条款", "条例",
            "本科", "本着", "本地", "本领", "本质", "本身", "本级", "本次", "本年", "张贴",
            "天津", "天下", "天然", "天地", "天气", "周边", "周期", "周密", "周到", "种植", "种子", "类似", "类型",
            "届时", "班子", "班主", "节约", "节日", "节能", "节点", "节奏",
            "部门", "部分", "部署", "部长", "部队", "部位", "篇章", "日常", "日益", "日报", "日程", "日趋",
            "元旦", "元素", "元宵", "元首", "元化", "例如", "层面", "层次", "层级", "份额", "倍增", "号召", "号称");

    private MeasureUnits() {
    }

    private static void strong(PlaceholderKind kind, String... measures) {
        for (String measure : measures) {
            MEASURES.put(measure, new Measure(kind, true));
        }
    }

    private static void weak(PlaceholderKind kind, String... measures) {
        for (String measure : measures) {
            MEASURES.put(measure, new Measure(kind, false));
        }
    }

    /** The unit that starts at {@code from}, or null if none does. */
    static MeasureUnit read(CharSequence text, int from) {
        String measure = measureAt(text, from);
        if (measure != null) {
            return unit(text, from, from + measure.length(), measure, false);
        }
        int i = skipAbout(text, from);
        int magnitudes = i;
        while (i < text.length() && i - magnitudes < MOST_MAGNITUDES && isMagnitude(text.charAt(i))) {
            i++;
        }
        boolean hasMagnitude = i > magnitudes;
        int magnitudesEnd = i;
        i = skipAbout(text, i);
        measure = measureAt(text, i);
        if (measure != null) {
            return unit(text, from, i + measure.length(), measure, hasMagnitude);
        }
        // "XX万" with nothing after: a magnitude, but of what is not said.
        return hasMagnitude ? new MeasureUnit(text.subSequence(from, magnitudesEnd).toString(), "", UNKNOWN, false) : null;
    }

    private static MeasureUnit unit(CharSequence text, int from, int end, String measure, boolean hasMagnitude) {
        Measure m = MEASURES.get(measure);
        // A magnitude makes even a weak measure a figure's unit: "万人" is never a word of its own.
        return new MeasureUnit(text.subSequence(from, end).toString(), measure, m.kind(), m.strong() || hasMagnitude);
    }

    /** The longest measure word at {@code at}, or null; none if it starts another word (所有, 个人). */
    private static String measureAt(CharSequence text, int at) {
        String measure = MEASURE_WORDS.longestAt(text, at);
        if (measure == null) {
            return null;
        }
        int end = at + measure.length();
        if (end < text.length() && (NOT_UNITS.contains(measure + text.charAt(end))
                || (isLatin(measure.charAt(measure.length() - 1)) && FigureChars.isLatinLetter(text.charAt(end))))) {
            return null;
        }
        return measure;
    }

    /** True if {@code at} starts a unit written in Latin letters ("km", "MW"): the letters after a figure that are no word. */
    static boolean startsLatinUnit(CharSequence text, int at) {
        String measure = at < text.length() && isLatin(text.charAt(at)) ? measureAt(text, at) : null;
        return measure != null;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int skipAbout(CharSequence text, int at) {
        return at < text.length() && (text.charAt(at) == '余' || text.charAt(at) == '多') ? at + 1 : at;
    }

    private static boolean isMagnitude(char c) {
        return c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }
}
