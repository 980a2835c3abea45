package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 疑似缺数: a figure word followed straight by a unit, as a deleted number leaves it. */
class SuspectedFiguresTest {

    private final PlaceholderDetector detector = new PlaceholderDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年财政收入达到 亿元。           | 达到 | 亿元     | AMOUNT
            农民人均收入增长%。               | 增长 | %        | PERCENT
            上半年召开了个专题会议。          | 召开 | 个       | COUNT
            今年投入万元修缮祠堂。            | 投入 | 万元     | AMOUNT
            计划新建所农村幼儿园。            | 新建 | 所       | COUNT
            失业率下降个百分点。              | 下降 | 个百分点 | PERCENT
            全年培训人次，覆盖所有村组。      | 培训 | 人次     | COUNT
            绿化面积占%以上。                 | 占   | %        | PERCENT
            """)
    void aUnitRightAfterAFigureWordIsSuspected(String sentence, String label, String unit, PlaceholderKind kind) {
        PlaceholderReport report = detector.detect(List.of(sentence));

        assertEquals(List.of(), report.placeholders());
        assertEquals(1, report.suspected().size(), () -> sentence + " → " + report.suspected());
        Placeholder gap = report.suspected().get(0);
        assertEquals(label, gap.label());
        assertEquals(unit, gap.unit());
        assertEquals(kind, gap.kind());
        assertEquals(sentence.indexOf(unit), gap.end(), "the gap ends where the unit starts");
    }

    @Test
    void theGapIsWhatAValueReplacesSpacesIncluded() {
        Placeholder gap = detector.detect(List.of("全年财政收入达到 亿元。")).suspected().get(0);

        assertEquals(" ", gap.text());
        assertEquals("全年财政收入达到 亿元。".indexOf(' '), gap.start());
        assertEquals("全年财政收入达到 亿元", gap.context());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "全年财政收入增长了一倍。",
        "各项指标均达到国家标准。",
        "全年财政收入达到3.5亿元。",
        "新建XX所学校。",
        "要提高个人素质，增加个体经营户收入。",
        "完成项目前期手续，新增名额全部用于农村。",
        "新建所需资金由县财政承担。",
        "重点培训名师骨干，引进人才。",
        "新增家庭农场，投入使用后运行良好。",
        "占个位置，占用耕地必须补充。",
        "完成任务的百分比。",
        "全市召开三次调度会，投入三千万元。",
    })
    void notSuspected(String sentence) {
        assertEquals(List.of(), detector.detect(List.of(sentence)).suspected(), sentence);
    }

    @Test
    void detectInLeavesSuspectedOutForSpeedWhileTyping() {
        assertEquals(List.of(), detector.detectIn("农民人均收入增长%。", 0));
    }
}
