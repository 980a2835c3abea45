package org.speechdraft.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Builds a realistic, deterministic Chinese speech draft (讲话稿) of roughly a requested size, so
 * that the benchmarks never depend on files outside the build.
 *
 * <p>Shape of the text: title, date line, {@code 同志们：}, opening paragraphs ending
 * in {@code 下面，我讲N点意见。}, then N {@code 一、} headings, each with {@code （一）} sub-points,
 * {@code 1.} items (sometimes with {@code （1）} points) and body paragraphs of 80–300 characters
 * carrying figures (投入资金XX亿元, 同比增长X.X%, …) and occasional inline series
 * ({@code 一是……；二是……}); then a closing paragraph and {@code 谢谢大家！}. Numbering is always
 * consistent, so an outline analyzer sees a clean document. The size is measured in Java
 * {@code char}s of the lines joined by {@code \n}; every character used is in the BMP, so this is
 * also the number of characters. The result lands within a few percent of the target.
 */
public final class SpeechTextGenerator {

    /** One paragraph: its 公文 level and its text. */
    public record Line(ParagraphLevel level, String text) {
    }

    private static final long DEFAULT_SEED = 20250216L;

    private static final String[] CITIES = {"全市", "全区", "全县", "全省"};

    // Headings are composed from two halves, and never repeated within a speech: a heading written
    // twice reads as a list of headings (提纲) followed by the speech, which real speeches are not.

    private static final String[] SECTION_LEFT = {
        "坚定信心、真抓实干", "聚焦主责主业", "坚持创新驱动", "深化改革开放", "统筹城乡发展", "坚持人民至上",
        "守牢安全底线", "坚持绿色发展", "全面从严治党", "坚持系统观念", "突出重点难点", "强化使命担当",
    };

    private static final String[] SECTION_RIGHT = {
        "推动经济运行持续回升向好", "全力以赴抓好重点项目建设", "加快培育发展新质生产力", "持续优化营商环境",
        "扎实推进乡村全面振兴", "切实保障和改善民生", "有效防范化解重大风险", "持续改善生态环境质量",
        "锻造忠诚干净担当的干部队伍", "推进以人为核心的新型城镇化", "加快构建现代化产业体系",
        "巩固和增强经济回升向好态势",
    };

    private static final String[] SUB_LEFT = {"着力", "大力", "加快", "持续", "切实", "全面", "进一步", "扎实", "积极", "稳步"};

    private static final String[] SUB_RIGHT = {
        "扩大有效投资", "提振消费需求", "推动工业转型升级", "培育壮大战略性新兴产业", "强化科技创新平台建设",
        "加大人才引育力度", "深化国资国企改革", "支持民营经济发展壮大", "稳住外贸外资基本盘", "推进农业现代化",
        "建设宜居宜业和美乡村", "抓好就业这个最基本的民生", "办好人民满意的教育", "健全多层次医疗保障体系",
        "守牢安全生产底线", "防范化解地方债务风险", "打好污染防治攻坚战", "推进绿色低碳转型", "加强基层治理",
        "纠治“四风”顽疾", "提高干部队伍专业化能力", "完善城市基础设施", "推进城市更新行动", "强化要素保障",
        "发展壮大县域经济", "提升政务服务效能", "推进文旅深度融合", "加强社会保障兜底",
    };

    private static final String[] ITEM_LEFT = {
        "压实", "强化", "优化", "完善", "健全", "加大", "做好", "抓好", "推动", "深化", "加强", "狠抓", "提升", "落实",
    };

    private static final String[] ITEM_RIGHT = {
        "工作责任", "调度督导", "审批服务", "要素保障", "政策支持", "统筹协调", "考核机制", "资金投入", "宣传引导",
        "长效机制", "监督检查", "数据共享", "部门协同", "风险排查", "服务保障", "队伍建设", "基础工作", "问题整改",
        "跟踪问效", "项目谋划",
    };

    private static final String[] POINTS = {
        "建立重点项目周调度、月通报制度。", "对进度滞后的项目实行挂牌督办。",
        "每个重点项目明确一名市级领导牵头负责。", "将考核结果与干部选拔任用挂钩。",
        "对群众反映强烈的问题限期整改到位。", "按季度开展“回头看”专项检查。",
    };

    private static final String[] WORKS = {"重点项目", "民生实事", "招商引资项目", "技术改造项目", "基础设施项目"};
    private static final String[] FIELDS = {"先进制造业", "现代服务业", "数字经济", "新能源汽车", "生物医药", "新材料"};
    private static final String[] THINGS = {"保障性住房", "农村公路", "城市绿道", "养老服务床位", "标准化厂房", "中小学校"};
    private static final String[] ISSUES = {"审批周期长", "融资难融资贵", "用地指标紧张", "配套政策落地慢", "人才结构不合理"};
    private static final String[] EFFORTS = {"多措并举", "攻坚克难", "迎难而上", "主动作为", "真抓实干"};
    private static final String[] LEADERS = {"各级领导干部", "各地各部门", "各级党委和政府", "全体党员干部"};

    private static final String[] SENTENCES = {
        "今年以来，{city}上下{effort}，经济运行总体平稳、稳中有进。",
        "全年地区生产总值达到{yi}亿元，同比增长{pct}%。",
        "{city}共实施{work}{n}个，完成投资{yi}亿元，投入资金{yi}亿元用于补短板、强弱项。",
        "规模以上工业增加值同比增长{pct}%，高于全省平均水平{pct2}个百分点。",
        "新增{field}企业{n}家，产业集聚效应进一步显现。",
        "新建{thing}{n}个，惠及群众{wan}万人。",
        "投入资金{yi}亿元实施{thing}建设，目前已完成年度计划的{pctInt}%。",
        "城乡居民人均可支配收入分别增长{pct}%和{pct}%，城镇新增就业{wan}万人。",
        "社会消费品零售总额达到{yi}亿元，增长{pct}%。",
        "研发经费投入强度达到{pct2}%，新认定高新技术企业{n}家。",
        "同时也要清醒看到，当前发展中还存在不少困难和问题，部分企业反映{issue}等问题依然突出。",
        "有的地方和部门担当精神不足，工作推进不快，离群众期盼还有不小差距。",
        "对这些问题，我们必须高度重视，采取有力措施，切实加以解决。",
        "{leader}要牢固树立“一盘棋”思想，把思想和行动统一到{city}的决策部署上来。",
        "要坚持目标导向和问题导向相结合，对照年度任务逐项梳理，确保件件有着落、事事有回音。",
        "要把抓落实作为开展工作的主要方式，以钉钉子精神一抓到底，坚决防止“雷声大、雨点小”。",
        "今年，{city}计划实施{work}{n}个，总投资{yi}亿元，其中年度计划投资{yi}亿元。",
        "要积极争取中央和省级资金支持，力争全年争取上级资金{yi}亿元以上。",
        "对{field}领域的重大项目，要实行“一事一议”，在用地、用能、融资等方面给予倾斜。",
        "截至{year}年底，累计建成{thing}{n}处，完成率达到{pctInt}%。",
        "要聚焦{field}等重点领域，引进一批带动力强的龙头企业，打造一批产值超百亿元的产业集群。",
        "实践证明，只要我们坚定信心、{effort}，就没有克服不了的困难。",
        "这些成绩的取得，是{leader}团结拼搏的结果，也是广大群众共同努力的结果。",
        "要切实减轻基层负担，全年发文数量和会议数量均压减{pctInt}%以上。",
        "要严格落实安全生产责任制，全年组织开展隐患排查{n}次，整改问题{n}项。",
        "要下大力气解决{issue}问题，让企业安心经营、放心投资、专心创业。",
        "财政用于民生领域的支出达到{yi}亿元，占一般公共预算支出的{pctInt}%。",
        "空气质量优良天数比例达到{pctInt}%，主要河流断面水质全部达标。",
    };

    private static final String[] SERIES_PARTS = {
        "加快项目前期工作进度", "强化资金和用地保障", "完善跟踪服务机制", "健全考核奖惩办法",
        "加大招商引资力度", "推动政策直达快享", "提升政务服务效能", "加强干部能力培训",
    };

    private static final String[] CLOSING = {
        "同志们，{year}年的目标任务已经明确，关键在于抓落实。让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
                + "坚定信心、{effort}，奋力开创{city}高质量发展新局面，以优异成绩向党和人民交上一份满意的答卷！",
    };

    private final Random random;
    private final Set<String> headingsUsed = new HashSet<>();
    private final Deck sentences;
    private final String city;
    private final int year;
    private final List<Line> lines = new ArrayList<>();
    private int size = -1; // chars of the joined text so far (-1 before the first line: no separator)

    private SpeechTextGenerator(long seed) {
        this.random = new Random(seed);
        this.sentences = new Deck(SENTENCES);
        this.city = CITIES[random.nextInt(CITIES.length)];
        this.year = 2022 + random.nextInt(4);
    }

    /** A speech of about {@code targetChars} characters, always the same for the same target. */
    public static List<Line> generate(int targetChars) {
        return generate(targetChars, DEFAULT_SEED);
    }

    public static List<Line> generate(int targetChars, long seed) {
        if (targetChars < 1_000) {
            throw new IllegalArgumentException("target size too small for a speech: " + targetChars);
        }
        return new SpeechTextGenerator(seed).build(targetChars);
    }

    /** The paragraph texts, as the editor hands them to the outline analyzer. */
    public static List<String> lines(int targetChars) {
        return generate(targetChars).stream().map(Line::text).toList();
    }

    /**
     * Prints the speech of {@code args[0]} characters (default 30,000) as UTF-8 text, one paragraph
     * a line, and saves it as a draft to {@code args[1]} when given: for timing the command line on
     * a realistic file (src/bench/cli-vs-soffice.sh runs this file from its source against the jar).
     */
    public static void main(String[] args) throws Exception {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
        if (args.length > 1) {
            new org.speechdraft.core.storage.DraftCodec().write(java.nio.file.Path.of(args[1]), draft(chars));
        }
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        out.println(text(chars));
    }

    /** The whole text, one line per paragraph. */
    public static String text(int targetChars) {
        return String.join("\n", lines(targetChars));
    }

    /** The speech as a draft, with each paragraph's 公文 level. */
    public static Draft draft(int targetChars) {
        return Draft.of(generate(targetChars).stream()
                .map(l -> DraftParagraph.of(l.level(), l.text()))
                .toList());
    }

    // ---- generation ----

    private List<Line> build(int target) {
        int sections = Math.max(3, Math.min(99, Math.round(target / 7_000f)));
        add(ParagraphLevel.TITLE, "在" + city + year + "年经济工作会议上的讲话");
        add(ParagraphLevel.SUBTITLE, "（" + year + "年" + (1 + random.nextInt(3)) + "月" + (1 + random.nextInt(28)) + "日）");
        add(ParagraphLevel.SALUTATION, "同志们：");
        add(ParagraphLevel.BODY, "这次会议的主要任务是，深入贯彻落实中央和省委经济工作会议精神，总结" + (year - 1)
                + "年工作，分析当前形势，部署" + year + "年重点任务。刚才，几位同志作了很好的发言，讲得都很实在，"
                + "我都同意，请大家认真抓好落实。");
        paragraph(ParagraphLevel.BODY);
        add(ParagraphLevel.BODY, "下面，我讲" + numeral(sections) + "点意见。");

        String closing = fill(CLOSING[0]);
        int closingSize = closing.length() + "谢谢大家！".length() + 2;
        for (int s = 1; s <= sections; s++) {
            // the budget left, shared by the sections still to come, so the total lands near the target
            int sectionBudget = (target - closingSize - size) / (sections - s + 1);
            section(s, Math.max(600, sectionBudget));
        }
        add(ParagraphLevel.BODY, closing);
        add(ParagraphLevel.CLOSING, "谢谢大家！");
        return List.copyOf(lines);
    }

    private void section(int number, int budget) {
        int end = size + budget;
        add(ParagraphLevel.HEADING_1, heading(numeral(number) + "、", SECTION_LEFT, "，", SECTION_RIGHT, ""));
        paragraph(ParagraphLevel.BODY);
        int subs = clamp(budget / 1_500, 2, 6);
        for (int s = 1; s <= subs; s++) {
            int subBudget = (end - size) / (subs - s + 1);
            subPoint(s, subBudget);
        }
    }

    private void subPoint(int number, int budget) {
        int end = size + budget;
        String heading = heading("（" + numeral(number) + "）", SUB_LEFT, "", SUB_RIGHT, "。");
        int items = clamp(budget / 500, 0, 5);
        if (items < 2) {
            // a short sub-point: heading and its text in one paragraph, then more text
            add(ParagraphLevel.HEADING_2, heading + sentence() + sentence());
            fillTo(end);
            return;
        }
        add(ParagraphLevel.HEADING_2, heading);
        if (random.nextBoolean()) {
            paragraph(ParagraphLevel.BODY);
        }
        for (int i = 1; i <= items; i++) {
            item(i, (end - size) / (items - i + 1));
        }
    }

    private void item(int number, int budget) {
        int end = size + budget;
        String heading = heading(number + ".", ITEM_LEFT, "", ITEM_RIGHT, "。");
        if (random.nextInt(3) == 0) {
            add(ParagraphLevel.HEADING_3, heading);
        } else {
            add(ParagraphLevel.HEADING_3, heading + sentence() + sentence());
        }
        if (budget > 700 && random.nextInt(4) == 0) {
            int points = 2 + random.nextInt(3);
            for (int p = 1; p <= points; p++) {
                add(ParagraphLevel.HEADING_4, "（" + p + "）" + POINTS[random.nextInt(POINTS.length)] + sentence());
            }
        }
        fillTo(end);
    }

    /** Body paragraphs until {@code end}; the last may overshoot by less than one paragraph. */
    private void fillTo(int end) {
        while (end - size > 60) {
            paragraph(ParagraphLevel.BODY);
        }
    }

    /** A body paragraph of 80–300 characters, sometimes with an inline series. */
    private void paragraph(ParagraphLevel level) {
        int want = 80 + random.nextInt(221);
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(5) == 0) {
            sb.append(series());
        }
        while (sb.length() < want) {
            String next = sentence();
            if (sb.length() >= 80 && sb.length() + next.length() > 300) {
                break;
            }
            sb.append(next);
        }
        add(level, sb.length() <= 300 ? sb.toString() : sb.substring(0, 299) + "。");
    }

    /** 一是……；二是……；三是……。 */
    private String series() {
        int n = 2 + random.nextInt(3);
        List<String> parts = new ArrayList<>(List.of(SERIES_PARTS));
        Collections.shuffle(parts, random);
        StringBuilder sb = new StringBuilder("重点抓好以下工作：");
        for (int i = 1; i <= n; i++) {
            sb.append(numeral(i)).append("是").append(parts.get(i - 1)).append(i < n ? "；" : "。");
        }
        return sb.toString();
    }

    /** marker + left + joint + right + end, not yet used in this speech (if at all possible). */
    private String heading(String marker, String[] left, String joint, String[] right, String end) {
        String heading = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            heading = marker + pick(left) + joint + pick(right) + end;
            if (headingsUsed.add(heading)) {
                break;
            }
        }
        return heading;
    }

    private String sentence() {
        return fill(sentences.next());
    }

    private String fill(String template) {
        StringBuilder sb = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            sb.append(template, i, open);
            sb.append(slot(template.substring(open + 1, close)));
            i = close + 1;
        }
        return sb.toString();
    }

    private String slot(String name) {
        return switch (name) {
            case "city" -> city;
            case "year" -> String.valueOf(year);
            case "yi" -> random.nextBoolean() ? String.valueOf(10 + random.nextInt(490))
                    : String.format(Locale.ROOT, "%.1f", 1 + random.nextInt(990) / 10.0);
            case "pct" -> String.format(Locale.ROOT, "%.1f", 0.5 + random.nextInt(150) / 10.0);
            case "pct2" -> String.format(Locale.ROOT, "%.2f", 0.1 + random.nextInt(300) / 100.0);
            case "pctInt" -> String.valueOf(30 + random.nextInt(70));
            case "n" -> String.valueOf(3 + random.nextInt(297));
            case "wan" -> String.format(Locale.ROOT, "%.1f", 0.5 + random.nextInt(200) / 10.0);
            case "work" -> pick(WORKS);
            case "field" -> pick(FIELDS);
            case "thing" -> pick(THINGS);
            case "issue" -> pick(ISSUES);
            case "effort" -> pick(EFFORTS);
            case "leader" -> pick(LEADERS);
            default -> throw new IllegalArgumentException("unknown slot " + name);
        };
    }

    private void add(ParagraphLevel level, String text) {
        lines.add(new Line(level, text));
        size += 1 + text.length();
    }

    /** Draws every option once, in shuffled order, before any repeats. */
    private final class Deck {
        private final List<String> options;
        private int next;

        Deck(String[] options) {
            this.options = new ArrayList<>(List.of(options));
            this.next = options.length;
        }

        String next() {
            if (next == options.size()) {
                String last = options.get(options.size() - 1);
                Collections.shuffle(options, random);
                if (options.get(0).equals(last)) {
                    Collections.swap(options, 0, options.size() - 1);
                }
                next = 0;
            }
            return options.get(next++);
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** 1 → 一, 10 → 十, 21 → 二十一, 99 → 九十九. */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("numeral out of range: " + n);
        }
        String digits = "零一二三四五六七八九";
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 1) {
            sb.append(digits.charAt(tens));
        }
        if (tens > 0) {
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(digits.charAt(ones));
        }
        return sb.toString();
    }
}
