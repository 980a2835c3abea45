package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a person needs to fill a placeholder: label, unit, kind and the words around it. */
class PlaceholderContextTest {

    private final PlaceholderDetector detector = new PlaceholderDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            三年来，累计投入资金XX亿元，新建**座水厂。   | XX  | 投入资金     | 亿元     | AMOUNT
            三年来，累计投入资金XX亿元，新建**座水厂。   | **  | 新建         | 座       | COUNT
            全县新建了XX所敬老院。                       | XX  | 新建         | 所       | COUNT
            二是投入资金 XX 万元，改造危房。             | XX  | 投入资金     | 万元     | AMOUNT
            共组织村医参加各级培训**余人次。             | **  | 参加各级培训 | 余人次   | COUNT
            全市改造老旧小区XXX 万平方米。               | XXX | 改造老旧小区 | 万平方米 | COUNT
            城镇居民人均收入增长X个百分点。              | X   | 增长         | 个百分点 | PERCENT
            森林覆盖率提高到百分之XX，位居全省第一。     | XX  | 提高到       | ''       | PERCENT
            全市有XX 万名群众受益。                      | XX  | 全市有       | 万名     | COUNT
            近XX年来，变化翻天覆地。                     | XX  | 近           | 年       | COUNT
            全县新增光伏装机XXMW。                       | XX  | 新增光伏装机 | MW       | COUNT
            新修农村公路XX km。                          | XX  | 新修农村公路 | km       | COUNT
            全年共检查企业XXXX家次。                     | XXXX | 检查企业    | 家次     | COUNT
            力争到XX年底全面完成。                       | XX  | 力争到       | 年       | YEAR
            XXXX年是实施规划的关键一年。                 | XXXX | ''          | 年       | YEAR
            """)
    void labelUnitAndKindOfTypicalSentences(String sentence, String text, String label, String unit,
                                            PlaceholderKind kind) {
        Placeholder p = detector.detectIn(sentence, 0).stream()
                .filter(candidate -> candidate.text().equals(text)).findFirst().orElseThrow();

        assertEquals(label, p.label(), p::toString);
        assertEquals(unit, p.unit(), p::toString);
        assertEquals(kind, p.kind(), p::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            会议由***同志主持。                   | ***  | 同志
            在***的带领下，全镇面貌焕然一新。     | ***  | ''
            ***市农业农村局：                     | ***  | 市
            中共***委员会办公室                   | ***  | 委员
            XX县率先完成改革任务。                | XX   | 县
            我们与X州签订了合作协议。             | X    | 州
            ×××书记对此作出批示。                 | ×××  | 书记
            印发《x乡村振兴规划》。               | x    | ''
            实施了***第二水厂扩建工程。           | ***  | ''
            联系人：***，电话：XXXXXXXX。          | ***  | ''
            """)
    void namesAndPlacesAreNames(String sentence, String text, String suffix) {
        Placeholder p = detector.detectIn(sentence, 0).get(0);

        assertEquals(text, p.text());
        assertEquals(PlaceholderKind.NAME, p.kind(), p::toString);
        assertEquals(suffix, p.unit(), "the title or place word is shown as the unit");
        assertEquals("", p.label());
    }

    @Test
    void aPlaceholderWithNothingAroundItIsUnknown() {
        Placeholder p = detector.detectIn("奋力谱写XX发展新篇章。", 0).get(0);

        assertEquals(PlaceholderKind.UNKNOWN, p.kind());
        assertEquals("", p.unit());
    }

    @Test
    void contextIsAboutTenCharactersEachSideWithinTheSentence() {
        String paragraph = "过去一年极不平凡。三年来全区累计投入资金XX亿元，新建**座水厂，群众满意度持续提升。";

        List<Placeholder> found = detector.detectIn(paragraph, 4);

        assertEquals("年来全区累计投入资金XX亿元，新建**座水厂", found.get(0).context());
        assertEquals("入资金XX亿元，新建**座水厂，群众满意度持", found.get(1).context());
        assertEquals(4, found.get(0).paragraph());
        assertEquals("全区投入XX亿元", detector.detectIn("会议结束。全区投入XX亿元。下一步", 0).get(0).context(),
                "not past the stops of its sentence");
    }

    @Test
    void templateFieldsAreFoundWithTheirNameAsLabel() {
        String paragraph = "在{{会议名称}}上，{{ 主持人 }}宣布：今年投入{{投资额}}万元，{{完成时间}}前全部完工，满意率达到{{满意率}}。";

        List<Placeholder> found = detector.detectIn(paragraph, 0);

        assertEquals(List.of("{{会议名称}}", "{{ 主持人 }}", "{{投资额}}", "{{完成时间}}", "{{满意率}}"),
                found.stream().map(Placeholder::text).toList());
        assertTrue(found.stream().allMatch(Placeholder::field));
        assertEquals(List.of("会议名称", "主持人", "投资额", "完成时间", "满意率"),
                found.stream().map(Placeholder::label).toList());
        assertEquals(List.of(PlaceholderKind.NAME, PlaceholderKind.NAME, PlaceholderKind.AMOUNT, PlaceholderKind.DATE,
                PlaceholderKind.PERCENT), found.stream().map(Placeholder::kind).toList());
        assertEquals("万元", found.get(2).unit());
        assertFalse(detector.detectIn("新建XX所", 0).get(0).field());
    }

    @Test
    void bracesThatAreNoFieldAreLeftAlone() {
        assertEquals(List.of(), detector.detectIn("集合{1,2}和空字段{{}}都不是待填字段", 0));
    }

    @Test
    void detectInReportsTheParagraphItWasGivenAndCharOffsets() {
        // 𠀋 takes two Java chars: positions are chars of the paragraph, as the editor counts them.
        String paragraph = "𠀋村新修道路XX公里。";

        Placeholder p = detector.detectIn(paragraph, 7).get(0);

        assertEquals(7, p.paragraph());
        assertEquals(paragraph.indexOf("XX"), p.start());
        assertEquals(7, p.start());
        assertEquals("𠀋村新修道路XX公里", p.context());
    }

    @Test
    void detectGoesThroughAllParagraphsInOrder() {
        PlaceholderReport report = detector.detect(List.of(
                "同志们：", "今年新增XX家企业，招商引资增长%。", "", "明年力争突破**亿元。"));

        assertEquals(List.of(1, 3), report.placeholders().stream().map(Placeholder::paragraph).toList());
        assertEquals(1, report.suspected().size());
        assertEquals(1, report.suspected().get(0).paragraph());
        assertFalse(report.isEmpty());
        assertTrue(detector.detect(List.of("同志们：", "谢谢大家！")).isEmpty());
    }

    @Test
    void kindsHaveLowerCaseIdsAndChineseNames() {
        assertEquals("amount", PlaceholderKind.AMOUNT.id());
        assertEquals("name", PlaceholderKind.NAME.id());
        assertEquals("金额", PlaceholderKind.AMOUNT.displayName());
        for (PlaceholderKind kind : PlaceholderKind.values()) {
            assertFalse(kind.displayName().isBlank(), kind::toString);
        }
    }
}
