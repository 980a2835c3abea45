package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Marks that look like placeholders but are words, codes, products or formatting. */
class PlaceholderTrapsTest {

    private final PlaceholderDetector detector = new PlaceholderDetector();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "台账统一用Excel表格报送。",
        "代表团前往Xi'an考察交流。",
        "数据接口采用XML格式。",
        "工作服备有XXL和XL两个尺码。",
        "意见可投入Box意见箱。",
        "请在Word里选择Box样式。",
        "公司新推出宝马X5同款车型。",
        "会场只允许使用iPhone X以上机型拍照。",
        "采购XR-200型扫地机器人两台。",
        "推行“1+X”证书制度。",
        "探索“3+2”中高职贯通培养。",
        "被评为B级纳税信用单位。",
        "路易XIV时期的宫廷建筑。",
        "展板尺寸为3x4米。",
        "展板尺寸为3×4米，另备2 x 3米一块。",
        "提供5x24小时咨询和7×24小时值守。",
        "接口编号Box-XX已停用。",
        "来源：http://www.example.gov.cn/xxgk/x123.html（转载请注明）",
        "详见www.xxzx.cn网站公告。",
        "咨询邮箱xx@example.com。",
        "系统从v1.x升级到Python3.x，主题色为#xxx。",
        "请将材料发送至xxzx.gov.cn邮箱。",
        "@page{size:A4;margin:2.54cm 3.17cm}",
        "p.MsoNormal{font-family:仿宋_GB2312;font-size:16pt;mso-x:1}",
        "学(xué)校和鄉(xiāng)村同步發(fā)展。",
        "体检项目包括X光胸片和X射线检查。",
        "注*：数据来自统计年鉴，x、y为坐标。",
        "************************",
        "/** 页面脚本 **/",
        "坚持把“三农”工作放在首位。",
    })
    void noPlaceholderIsReportedIn(String text) {
        PlaceholderReport report = detector.detect(List.of(text));

        assertEquals(List.of(), report.placeholders(), text);
        assertEquals(List.of(), report.suspected(), text);
    }

    @Test
    void markdownBoldAroundWordsIsEmphasisNotTwoPlaceholders() {
        assertEquals(List.of(), detector.detectIn("全体干部要**把安全生产放在首位**，决不能麻痹大意。", 0));
        assertEquals(List.of(), detector.detectIn("**一是要提高政治站位。**各级各部门要切实负起责任。", 0));
    }

    @Test
    void placeholdersInsideBoldAreStillFound() {
        assertEquals(List.of("XX", "**"), texts("**全年新建XX座泵站**，投入**万元。"));
        assertEquals(List.of(), detector.detectIn("***一、总体要求***", 0));
    }

    @Test
    void boldMayHoldNumbersButItsStarsAreNoPlaceholders() {
        assertEquals(List.of(), detector.detectIn("**2025年工作要点**：一是稳增长。", 0));
        assertEquals(List.of("**", "**"), texts("全县新建**座泵站，其中**座已投用。"));
        // across sentences two placeholders are not one bold span
        assertEquals(List.of("**", "**"), texts("谱写**篇章。下一步打造**品牌。"));
    }

    @Test
    void starsBeforeAUnitOrANameAreNotEmphasisEvenInPairs() {
        // "**万元用于**" would read as bold if only the words between counted.
        List<String> amounts = texts("投入**万元用于修建**座桥梁。");
        List<String> names = texts("由**同志主持，**同志作报告。");
        List<String> afterFigureWords = texts("新增**家合作社和**家家庭农场。");

        assertEquals(List.of("**", "**"), amounts);
        assertEquals(List.of("**", "**"), names);
        assertEquals(List.of("**", "**"), afterFigureWords);
    }

    private List<String> texts(String paragraph) {
        return detector.detectIn(paragraph, 0).stream().map(Placeholder::text).toList();
    }
}
