package org.speechdraft.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The outline a reader sees in a plain-text speech, with its traps, run-in headings and web noise. */
class OutlineAnalyzerTest {

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    private static List<String> labels(Outline outline) {
        return outline.headings().stream().map(h -> h.level() + " " + h.label()).toList();
    }

    @Test
    void numbersInsideSentencesAreNotHeadings() {
        Outline outline = analyzer.analyzeText(List.of(
                "在全县农业农村工作会议上的讲话",
                "（2025年12月28日）",
                "同志们：",
                "今天召开会议，主要是总结去年工作、部署今年任务。下面，我讲两点意见。",
                "一、肯定成绩",
                "过去一年，全县上下深入学习贯彻党的十九届二、三、四中全会精神，坚持发展是第一要务。",
                "这是我县第一次承办全省现场会，大家对待问题一是一、二是二，不回避、不遮掩。",
                "全年完成农业投资1.5亿元，同比增长12.3%，共有3、4个乡镇进度滞后。",
                "1.5亿元的专项资金已全部拨付到位，2025年3月1日起实行新的补贴标准。",
                "一、二季度农产品价格总体平稳，第四中学扩建工程按期完工。",
                "按照文件第（3）项要求，统一要求各村在12月底前完成自查，唯一要做的就是抓落实。",
                "2025.12.28 县农业农村局",
                "二、部署任务",
                "今年重点抓好三件事：一是抓项目，二是抓招商，三是抓环境。"));

        assertEquals(List.of("1 一、肯定成绩", "1 二、部署任务"), labels(outline));
        assertEquals(List.of(), outline.problems());
        assertEquals(1, outline.series().size(), "only the real 一是/二是/三是 series");
        assertEquals(13, outline.series().get(0).paragraph());
    }

    @Test
    void aSpeechToppedBy一要HasIt一要AtLevelOne() {
        Outline outline = analyzer.analyzeText(List.of(
                "在全市安全生产工作会议上的讲话",
                "同志们：",
                "刚才，几个部门作了发言，讲得都很好。下面，我再强调三点。",
                "一要提高站位，切实增强做好安全生产工作的责任感。",
                "安全生产是发展的底线，这条底线任何时候都不能突破。",
                "一是思想上不能松。越是临近年底，越要绷紧安全这根弦。",
                "二是措施上不能软。该停产的要停产，该整改的要整改。",
                "二要突出重点，全面排查整治各类风险隐患。",
                "道路交通、建筑施工、危化品等领域要逐一过筛子。",
                "三要压实责任，确保各项措施落到实处。",
                "各级各部门要严格落实安全责任制。"));

        assertEquals(List.of(
                "1 一要提高站位，切实增强做好安全生产工作的责任感",
                "2 一是思想上不能松",
                "2 二是措施上不能软",
                "1 二要突出重点，全面排查整治各类风险隐患",
                "1 三要压实责任，确保各项措施落到实处"), labels(outline));
        assertEquals(List.of(), outline.problems(), "强调三点 and three 一要 sections agree");
    }

    @Test
    void aSpeechToppedBy第一HasIt第一AtLevelOne() {
        Outline outline = analyzer.analyzeText(List.of(
                "同志们：",
                "下面，我讲两点意见。",
                "第一，认清形势，增强信心。当前经济运行总体平稳，但困难也不少。",
                "一是外部需求减弱。",
                "二是企业经营承压。",
                "第二，突出重点，精准发力。要把稳增长放在更加突出的位置。"));

        assertEquals(List.of("1 第一，认清形势，增强信心", "2 一是外部需求减弱", "2 二是企业经营承压",
                "1 第二，突出重点，精准发力"), labels(outline));
    }

    @Test
    void 第一UnderA一HeadingIsLevelTwo() {
        Outline outline = analyzer.analyzeText(List.of(
                "一、深化改革",
                "第一，推进简政放权。审批事项再减少一批。",
                "第二，优化营商环境。",
                "二、扩大开放"));

        assertEquals(List.of("1 一、深化改革", "2 第一，推进简政放权", "2 第二，优化营商环境", "1 二、扩大开放"),
                labels(outline));
    }

    @Test
    void theStandardFourLevelsNest() {
        Outline outline = analyzer.analyzeText(List.of(
                "一、总体要求", "（一）指导思想", "1.坚持稳中求进", "（1）稳就业", "（2）稳物价", "2.坚持改革创新",
                "（二）目标任务", "二、重点工作"));

        assertEquals(List.of(1, 2, 3, 4, 4, 3, 2, 1), outline.headings().stream().map(Heading::level).toList());
    }

    @Test
    void levelsFollowThisTextsNestingNotAFixedTable() {
        Outline outline = analyzer.analyzeText(List.of(
                "1.抓好学习", "（一）原原本本学", "（二）联系实际学", "2.抓好宣传", "（一）用好报刊", "3.抓好落实"));

        assertEquals(List.of(1, 2, 2, 1, 2, 1), outline.headings().stream().map(Heading::level).toList());
    }

    @Test
    void aRunInHeadingEndsAtItsFullStop() {
        Heading heading = analyzer.analyzeText(List.of(
                "（一）春耕备耕有序推进。全县共调运化肥三千吨，检修农机一千二百台。")).headings().get(0);

        assertEquals("春耕备耕有序推进", heading.text());
        assertEquals("（一）春耕备耕有序推进".length(), heading.end());
    }

    @Test
    void aRunInHeadingEndsAtAColonThatTextFollows() {
        Outline outline = analyzer.analyzeText(List.of("一、主要做法：今年以来，我们坚持问题导向。", "二、下步打算："));

        assertEquals(List.of("主要做法", "下步打算"), outline.headings().stream().map(Heading::text).toList());
    }

    @Test
    void aRunInHeadingWithoutAStopEndsWhereTheBodyVisiblyBegins() {
        Outline outline = analyzer.analyzeText(List.of(
                "一、回顾过去一年2024年，全县上下紧紧围绕年初确定的目标任务，稳中求进、以进促稳，经济社会发展取得了新的成绩，"
                        + "群众的获得感、幸福感、安全感持续增强，各项事业呈现出良好的发展势头，为今年工作打下了坚实基础。",
                "二、提高站位，树牢安全发展理念党的二十大报告对统筹发展和安全作出全面部署，强调要坚持安全第一、预防为主，"
                        + "建立大安全大应急框架，完善公共安全体系，推动公共安全治理模式向事前预防转型，这为我们做好工作指明了方向。",
                "三、正视问题，补齐短板对照群众期盼和上级要求我们的工作还有不少差距有的领域欠账较多有的干部作风不实，"
                        + "有的项目推进缓慢，有的政策落地打了折扣，有的矛盾久拖不决，这些问题必须引起高度重视，切实加以解决。",
                "四、谋划今年工作"));

        // Without a visible end, only the leading short clauses are sure to be the heading's.
        assertEquals(List.of("回顾过去一年", "提高站位，树牢安全发展理念", "正视问题", "谋划今年工作"),
                outline.headings().stream().map(Heading::text).toList());
    }

    @Test
    void onAPageThatJoinsParagraphsWithSpacesAHeadingEndsAtTheSpace() {
        String line = "同志们： 今天召开全市安全生产例会。下面，我讲两点意见： 一、认清形势，增强责任感 1至11月，全市安全形势总体平稳，"
                + "有喜有忧。 二、突出重点，狠抓隐患整治 要把排查整治贯穿全年。";
        Outline outline = analyzer.analyzeText(List.of(line));

        assertEquals(List.of("1 一、认清形势，增强责任感", "1 二、突出重点，狠抓隐患整治"), labels(outline));
    }

    @Test
    void severalHeadingsOnOneFlattenedLineEachGetTheirOffset() {
        String line = "同志们：今天召开会议。下面，我讲两点意见。一、抓好当前工作（一）稳住农业基本盘。各乡镇要抓好秋收秋种。"
                + "（二）守住安全底线。要开展隐患排查。二、谋划明年工作（一）早定思路。年前要拿出初步方案。";
        Outline outline = analyzer.analyzeText(List.of(line));

        assertEquals(List.of("1 一、抓好当前工作", "2 （一）稳住农业基本盘", "2 （二）守住安全底线", "1 二、谋划明年工作",
                "2 （一）早定思路"), labels(outline));
        assertEquals(List.of(line.indexOf("一、"), line.indexOf("（一）"), line.indexOf("（二）"), line.indexOf("二、"),
                line.lastIndexOf("（一）")), outline.headings().stream().map(Heading::start).toList());
        assertEquals(List.of(), outline.problems());
    }

    @Test
    void aTableOfContentsBeforeTheSpeechIsNotTheOutline() {
        Outline outline = analyzer.analyzeText(List.of(
                "在全县教育工作会议上的讲话",
                "目录",
                "一、总结成绩",
                "（一）办学条件持续改善",
                "二、部署任务",
                "……",
                "同志们：",
                "今天的会议很重要。",
                "一、总结成绩",
                "过去一年，各项工作扎实推进。",
                "（一）办学条件持续改善。新建校舍两万平方米。",
                "二、部署任务",
                "今年要突出抓好三件事。"));

        assertEquals(List.of(8, 10, 11), outline.headings().stream().map(Heading::paragraph).toList());
        assertEquals(List.of(), outline.problems());
    }

    @Test
    void headingsListedBeforeTheSpeechWithoutATitleAreNotTheOutlineEither() {
        Outline outline = analyzer.analyzeText(List.of(
                "讲话提纲",
                "一、总结成绩",
                "二、部署任务",
                "三、强化保障",
                "同志们：",
                "今天我们召开会议。",
                "一、总结成绩",
                "过去一年工作扎实。",
                "二、部署任务",
                "今年重点抓落实。",
                "三、强化保障",
                "要加强组织领导。"));

        assertEquals(List.of(6, 8, 10), outline.headings().stream().map(Heading::paragraph).toList());
    }

    @Test
    void inlineSeriesAreRecognisedButAreNotHeadings() {
        String body = "今年重点抓好三件事：一是抓项目，二是抓招商，三是抓环境。";
        String points = "一要严格标准。不符合条件的一律不批。二要简化流程。能合并的环节要合并。";
        Outline outline = analyzer.analyzeText(List.of("一、部署任务", body, points));

        assertEquals(List.of("1 一、部署任务"), labels(outline));
        assertEquals(2, outline.series().size());
        InlineSeries first = outline.series().get(0);
        assertEquals(1, first.paragraph());
        assertEquals(List.of("一是", "二是", "三是"), first.items().stream().map(i -> i.marker().text()).toList());
        assertEquals(List.of(body.indexOf("一是"), body.indexOf("二是"), body.indexOf("三是")),
                first.items().stream().map(InlineSeries.Item::start).toList());
        assertEquals(List.of("一要", "二要"),
                outline.series().get(1).items().stream().map(i -> i.marker().text()).toList());
    }

    @Test
    void aSeriesWhoseItemsRunOnWithoutPunctuationIsStillOneSeries() {
        Outline outline = analyzer.analyzeText(List.of(
                "（二）工作要到点。一要找准切入点，把握工作的着力点二要找准结合点，上下联动三要找准落脚点，见到实效。"));

        assertEquals(List.of("一要", "二要", "三要"),
                outline.series().get(0).items().stream().map(i -> i.marker().text()).toList());
    }

    @Test
    void theTitleIsTheLineThatNamesTheOccasion() {
        assertEquals("在全县农业农村工作会议上的讲话",
                analyzer.analyzeText(List.of("在全县农业农村工作会议上的讲话", "同志们：", "一、肯定成绩")).title());
        assertEquals("县长在全县经济工作会议上的讲话", analyzer.analyzeText(List.of(
                "当前位置：首页 > 范文 > 讲话稿", "县长在全县经济工作会议上的讲话", "发布时间：2025-01-08", "同志们：")).title());
        assertEquals("县长在全县经济工作会议上的讲话", analyzer.analyzeText(List.of(
                "县长在全县经济工作会议上的讲话同志们：今天我们召开会议。一、肯定成绩。")).title());
        assertEquals("在全县三级干部会议上", analyzer.analyzeText(List.of("在全县三级干部会议上", "（2026年2月3日）")).title());
        assertEquals("稳中求进 奋发有为", analyzer.analyzeText(List.of("稳中求进 奋发有为", "同志们：")).title());
    }

    @Test
    void aSpeechWithoutATitleHasNone() {
        assertNull(analyzer.analyzeText(List.of("同志们：", "今天我们召开会议。")).title());
        assertNull(analyzer.analyzeText(List.of("今天我们召开会议，主要任务是部署明年工作。", "一、总结成绩")).title());
        assertNull(analyzer.analyzeText(List.of()).title());
    }

    @Test
    void aLoneDashOrPointParagraphOrAQuotationsSourceIsOrdinaryText() {
        Outline outline = analyzer.analyzeText(List.of(
                "“空谈误国，实干兴邦。”",
                "——摘自一篇评论员文章",
                "“一分部署，九分落实。”",
                "——老百姓的话",
                "一是要把这句话记在心上。"));

        assertTrue(outline.headings().isEmpty(), outline.headings().toString());
    }

    @Test
    void aListRunIntoASentenceIsASeriesNotHeadings() {
        String line = "问题主要有：一、认识不到位；二、措施不得力；三、督查不经常。";
        Outline outline = analyzer.analyzeText(List.of("一、正视问题", line));

        assertEquals(List.of("1 一、正视问题"), labels(outline));
        assertEquals(List.of("一、", "二、", "三、"),
                outline.series().get(0).items().stream().map(i -> i.marker().text()).toList());
    }

    @Test
    void pageNumbersBetweenDashesAreNotDashLedPoints() {
        Outline outline = analyzer.analyzeText(List.of("——2——", "要加强组织领导。", "——3——", "要强化督促检查。"));

        assertTrue(outline.headings().isEmpty(), outline.headings().toString());
    }
}
