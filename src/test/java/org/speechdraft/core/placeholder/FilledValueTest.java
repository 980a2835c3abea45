package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilledValueTest {

    private static final PlaceholderDetector DETECTOR = new PlaceholderDetector();

    private static Placeholder first(String... paragraphs) {
        return DETECTOR.detect(List.of(paragraphs)).placeholders().get(0);
    }

    @Test
    void aFigureIsStoredUnderItsLabelUnitAndParagraphAndReadBack() {
        Placeholder p = first("同志们：", "今年累计投入资金XX亿元，新建学校。");
        FilledValue filled = FilledValue.of(p, "12.5");

        assertEquals("投入资金▸XX▸亿元@1", filled.key());
        assertEquals(filled, FilledValue.parse(filled.key(), "12.5"));
        assertEquals("投入资金 ▸ 12.5 ▸ 亿元", filled.summary());
    }

    @Test
    void aFieldIsStoredUnderItsName() {
        FilledValue filled = FilledValue.of(first("在{{会议名称}}上的讲话"), "全市教育工作会议");

        assertEquals("会议名称", filled.key());
        assertTrue(FilledValue.parse("会议名称", "全市教育工作会议").field());
        assertTrue(FilledValue.parse("名称@单位", "x").field(), "an @ without a position is part of a field name");
    }

    @Test
    void aFilledFigureIsFoundAfterItsLabelInItsParagraph() {
        FilledValue filled = FilledValue.parse("投入资金▸XX▸亿元@1", "12");
        List<String> text = List.of("新建12所学校。", "新建12所学校，累计投入资金12亿元。");

        FilledValue.Location at = filled.locate(text).orElseThrow();

        assertEquals(1, at.paragraph());
        assertEquals("新建12所学校，累计投入资金".length(), at.start());
        assertEquals(at.start() + 2, at.end());
    }

    @Test
    void aValueNoLongerInTheTextIsNotFound() {
        FilledValue filled = FilledValue.parse("投入资金▸XX▸亿元@0", "12");

        assertTrue(filled.locate(List.of("累计投入资金XX亿元。")).isEmpty(), "the fill was undone");
        assertTrue(filled.locate(List.of()).isEmpty(), "the paragraph is gone");
    }

    @Test
    void aFieldValueIsFoundAnywhere() {
        FilledValue filled = FilledValue.parse("会议名称", "全市教育工作会议");

        FilledValue.Location at = filled.locate(List.of("讲话", "在全市教育工作会议上")).orElseThrow();

        assertEquals(1, at.paragraph());
        assertEquals(1, at.start());
    }
}
