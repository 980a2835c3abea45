package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way drafts write a figure still to come is found, as one placeholder per maximal run. */
class PlaceholderStylesTest {

    private final PlaceholderDetector detector = new PlaceholderDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            今年共修缮水渠XX公里，惠及农户上千家。        | XX        | COUNT
            全县建成高标准农田XXX亩。                    | XXX       | COUNT
            新建X所乡镇卫生院。                          | X         | COUNT
            新建x座污水处理厂。                          | x         | COUNT
            全年引进客商xx家。                           | xx        | COUNT
            全年接待游客xxx万人次。                      | xxx       | COUNT
            粮食总产量同比增长X%。                       | X         | PERCENT
            工业增加值增长X.X%，增速居全市前列。         | X.X       | PERCENT
            安排专项资金**万元用于灌区改造。             | **        | AMOUNT
            共发放补贴***万元。                          | ***       | AMOUNT
            完成造林****亩。                             | ****      | COUNT
            到位资金××万元。                             | ××        | AMOUNT
            培训新型职业农民××*人次。                    | ××*       | COUNT
            累计争取上级资金ＸＸ亿元。                   | ＸＸ      | AMOUNT
            新增规模以上企业＊＊家。                     | ＊＊      | COUNT
            在20XX年全县农村工作会议上的讲话             | 20XX      | YEAR
            回顾20x年，我们迎难而上。                    | 20x       | YEAR
            自201X年启动以来，成效明显。                 | 201X      | YEAR
            请各乡镇于x月x日前报送材料。                 | x月x日    | DATE
            项目将于201X/X/XX正式开工。                  | 201X/X/XX | DATE
            方案于20XX-XX-XX印发。                       | 20XX-XX-XX | DATE
            定于20XX年X月X日召开动员大会。               | 20XX年X月X日 | DATE
            截至X月底，已完成全年任务。                  | X         | DATE
            感谢***同志的辛勤付出。                      | ***       | NAME
            在二〇XX年全县经济工作会议上的讲话           | XX        | YEAR
            """)
    void eachStyleIsOnePlaceholderWithItsKind(String sentence, String text, PlaceholderKind kind) {
        List<Placeholder> found = detector.detectIn(sentence, 0);

        assertEquals(1, found.size(), () -> sentence + " → " + found);
        Placeholder placeholder = found.get(0);
        assertEquals(text, placeholder.text());
        assertEquals(kind, placeholder.kind(), placeholder::toString);
        assertEquals(sentence.indexOf(text), placeholder.start());
        assertEquals(sentence.indexOf(text) + text.length(), placeholder.end());
        assertEquals(text, sentence.substring(placeholder.start(), placeholder.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全镇有XX 个行政村、XXX 名村干部。             | XX, XXX
            投资 X 亿元建设X座泵站和XX公里堤防。          | X, X, XX
            2024年X月，全市召开XX次调度会。              | 2024年X月, XX
            今年1-X月，共受理投诉XX件。                  | X, XX
            （20**-2026年）三年行动计划                  | 20**
            应到XX人，实到XX人，缺席X人。                 | XX, XX, X
            单笔补助XX-XX万元。                          | XX, XX
            附件：1.XXX  2.XXXX                          | XXX, XXXX
            于20XX.X.X印发，X.X万元                      | 20XX.X.X, X.X
            《20XX-20XX年发展规划》                      | 20XX, 20XX
            """)
    void neighbouringFiguresStaySeparate(String sentence, String texts) {
        List<String> found = detector.detectIn(sentence, 0).stream().map(Placeholder::text).toList();

        assertEquals(List.of(texts.split(", ")), found, sentence);
    }
}
