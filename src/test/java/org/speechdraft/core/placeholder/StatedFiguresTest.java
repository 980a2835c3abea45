package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures a past speech states, which a template turns into fields, and numbers that are no such figures. */
class StatedFiguresTest {

    private final PlaceholderDetector detector = new PlaceholderDetector();

    private List<String> figures(String paragraph) {
        return detector.detectStatedFigures(paragraph, 0).stream()
                .map(p -> p.label() + "|" + p.text() + "|" + p.unit() + "|" + p.kind().id())
                .toList();
    }

    @Test
    void amountsCountsSharesAndYearsWithTheirLabelsAndUnits() {
        assertEquals(List.of("|2025|年|year", "投入资金|12.5|亿元|amount", "新建学校|16|所|count", "占比达到|18|%|percent"),
                figures("2025年，全县投入资金12.5亿元，新建学校16所，教育支出占比达到18%。"));
        assertEquals(List.of("完成全市教师|5401|人|count", "投入|1100|万元|amount", "全市|53|所|count"),
                figures("完成全市教师5401人，投入1100万元对全市53所学校进行改造。"));
    }

    @Test
    void ordinalsDatesCodesListNumbersAndTitlesAreNoFigures() {
        assertEquals(List.of(), figures("1.第3次会议于9月下旬召开，推进5G建设和3+2试点。"));
        assertEquals(List.of(), figures("严格落实《春季开学疫情防控措施40条》，保证学生每天各1小时体育活动。"));
        assertEquals(List.of(), figures("今年计划完成XX所学校改造。"));
    }
}
