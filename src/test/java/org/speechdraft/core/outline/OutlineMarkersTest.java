package org.speechdraft.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way real speeches write a heading marker is recognised, exactly as written. */
class OutlineMarkersTest {

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、稳住粮食生产                | 二、守住防返贫底线     | CHINESE_COMMA        | 一、   | 1  | ''  | 稳住粮食生产
            十一、抓好冬春农田水利建设      | 十二、做好年终收尾工作 | CHINESE_COMMA        | 十一、 | 11 | ''  | 抓好冬春农田水利建设
            二十、统筹做好岁末年初各项工作  | 二十一、认真值班值守   | CHINESE_COMMA        | 二十、 | 20 | ''  | 统筹做好岁末年初各项工作
            （一）强化耕地保护              | （二）推进高标准农田   | CHINESE_PAREN        | （一） | 1  | ''  | 强化耕地保护
            (一)强化耕地保护                | (二)推进高标准农田     | CHINESE_PAREN_ASCII  | (一)   | 1  | ''  | 强化耕地保护
            1.落实种粮补贴                  | 2.做好政策宣传         | ARABIC_DOT           | 1.     | 1  | ''  | 落实种粮补贴
            1．落实种粮补贴                 | 2．做好政策宣传        | ARABIC_FULLWIDTH_DOT | 1．    | 1  | ''  | 落实种粮补贴
            1、落实种粮补贴                 | 2、做好政策宣传        | ARABIC_COMMA         | 1、    | 1  | ''  | 落实种粮补贴
            （1）核实种植面积               | （2）按时发放到户      | ARABIC_PAREN         | （1）  | 1  | ''  | 核实种植面积
            (1)核实种植面积                 | (2)按时发放到户        | ARABIC_PAREN_ASCII   | (1)    | 1  | ''  | 核实种植面积
            第一，压实属地责任。各乡镇要主动担责。 | 第二，压实部门责任。 | ORDINAL         | 第一， | 1  | ''  | 压实属地责任
            第一,压实属地责任。各乡镇要主动担责。  | 第二,压实部门责任。  | ORDINAL         | 第一,  | 1  | ''  | 压实属地责任
            一是抓好春季造林。今年计划新造林五千亩。 | 二是抓好森林防火。 | PARALLEL       | 一是   | 1  | 是  | 抓好春季造林
            一要提高政治站位。思想认识到位了，工作才能到位。 | 二要压实工作责任。 | PARALLEL | 一要 | 1 | 要 | 提高政治站位
            一抓班子带队伍。班子强则事业兴。 | 二抓项目促发展。     | PARALLEL             | 一抓   | 1  | 抓  | 班子带队伍
            九是做好信访维稳。              | 十是做好应急值守。     | PARALLEL             | 九是   | 9  | 是  | 做好信访维稳
            ——这一年，我们稳住了经济大盘。   | ——这一年，我们守住了民生底线。 | DASH         | ——     | 0  | ''  | 这一年，我们稳住了经济大盘
            """)
    void recognisesTheMarkerAsWritten(String first, String sibling, MarkerStyle style, String text, int number,
                                      String word, String headingText) {
        Outline outline = analyzer.analyzeText(List.of(first, "各单位要结合实际，认真抓好落实。", sibling));

        assertEquals(2, outline.headings().size(), outline.headings().toString());
        Heading heading = outline.headings().get(0);
        assertEquals(new HeadingMarker(style, number, text, word), heading.marker());
        assertEquals(headingText, heading.text());
        assertEquals(0, heading.start());
        assertEquals(0, heading.paragraph());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            \u3000\u3000一、稳住粮食生产 | 2
            \u00A0\u00A0（一）强化耕地保护 | 2
            '\t1.落实种粮补贴' | 1
            """)
    void indentedMarkersStartAfterTheIndent(String line, int indent) {
        Heading heading = analyzer.analyzeText(List.of(line)).headings().get(0);
        assertEquals(indent, heading.start());
    }
}
