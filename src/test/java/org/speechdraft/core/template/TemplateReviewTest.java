package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.Draft;

/** 提取为模板: what the user changes in the review before the template is saved. */
class TemplateReviewTest {

    private static final Draft SPEECH = Draft.of(PastSpeeches.WATER_WORKS);

    private final TemplateExtraction extraction = new TemplateDrafts().extract(SPEECH);

    private List<String> texts(TemplateExtraction e) {
        return e.template().paragraphs().stream().map(TemplateParagraph::text).toList();
    }

    @Test
    void theStatedFiguresAreFieldsAndTheBodyIsKeptAsSamples() {
        assertTrue(texts(extraction).contains("去年全市完成水利投资{{完成水利投资}}亿元，新建泵站{{新建泵站}}座。"),
                texts(extraction).toString());
        assertEquals("8.6", extraction.originals().get("完成水利投资"));
        assertTrue(extraction.template().paragraphs().stream().anyMatch(TemplateParagraph::sample));
    }

    @Test
    void aRemovedFieldGivesTheSpeechItsFigureBack() {
        TemplateExtraction without = extraction.withoutField("新建泵站");
        assertTrue(texts(without).contains("去年全市完成水利投资{{完成水利投资}}亿元，新建泵站24座。"));
        assertFalse(without.template().field("新建泵站").isPresent());
        assertTrue(TemplateValidator.check(without.template().withName("水利")).isValid());
    }

    @Test
    void aRenamedFieldIsRenamedInTheTextAndABadNameIsRefused() throws Exception {
        TemplateExtraction renamed = extraction.withFieldRenamed("完成水利投资", "去年水利投资");
        assertTrue(texts(renamed).contains("去年全市完成水利投资{{去年水利投资}}亿元，新建泵站{{新建泵站}}座。"));
        assertEquals("8.6", renamed.originals().get("去年水利投资"), "it can still be taken out");
        assertThrows(TemplateException.class, () -> extraction.withFieldRenamed("完成水利投资", "新建泵站"));
        assertThrows(TemplateException.class, () -> extraction.withFieldRenamed("完成水利投资", "投{资}"));
    }

    @Test
    void aNewUnitChangesTheWordAfterTheField() {
        TemplateExtraction inTenThousands = extraction.withFieldUnit("完成水利投资", "万元");
        assertTrue(texts(inTenThousands).contains("去年全市完成水利投资{{完成水利投资}}万元，新建泵站{{新建泵站}}座。"));
        assertEquals("万元", inTenThousands.template().field("完成水利投资").orElseThrow().unit());
    }

    @Test
    void headingsCanBeRewordedAndSamplesLeftOutWithTheirFields() {
        int second = texts(extraction).indexOf("二、部署今年任务");
        TemplateExtraction edited = extraction.withParagraphText(second, "二、部署重点任务").withoutSamples();
        assertEquals(List.of("同志们：", "一、回顾去年工作", "二、部署重点任务"), texts(edited));
        assertEquals(List.of(), edited.template().fields(), "the figures were only in the body");
        assertEquals(List.of("一、回顾去年工作", "二、部署重点任务"),
                edited.template().sections().stream().map(TemplateSection::heading).toList());
    }
}
