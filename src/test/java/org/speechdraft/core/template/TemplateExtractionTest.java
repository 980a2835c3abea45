package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.importing.NoisySpeech;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/** 提取为模板: a past speech, imported from a web page, gives a template with its outline and its figures as fields. */
class TemplateExtractionTest {

    private final TemplateDrafts drafts = new TemplateDrafts();

    private Template extracted(boolean figuresAsFields) {
        Draft imported = new SpeechImporter().importText(NoisySpeech.webPage(), CleanupOptions.DEFAULTS).draft();
        return drafts.fromDraft(imported, "农村教育工作会议", "工作会议", "", false, figuresAsFields);
    }

    @Test
    void theThreeSectionsAndTheirSubPointsAreTheOutline() {
        Template template = extracted(true);
        List<TemplateSection> sections = template.sections();
        assertEquals(List.of("一、肯定成绩，正视差距", "二、突出重点，狠抓落实", "三、加强领导，强化保障"),
                sections.stream().map(TemplateSection::heading).toList());
        assertEquals(List.of(2, 2, 2), sections.stream().map(s -> s.children().size()).toList());
        assertEquals("（一）办学条件明显改善。去年全县投入资金{{投入资金}}亿元，新建学校{{新建学校}}所，改造校舍{{改造校舍}}万平方米。",
                sections.get(0).children().get(0).heading());
        assertTrue(TemplateValidator.check(template).isValid(), TemplateValidator.check(template).errors().toString());
    }

    @Test
    void statedFiguresAndPlaceholdersBecomeFieldsWithLabelsUnitsAndTheOldValueAsHint() {
        Template template = extracted(true);
        TemplateField funds = template.field("投入资金").orElseThrow();
        assertEquals(FieldKind.AMOUNT, funds.kind());
        assertEquals("亿元", funds.unit());
        assertEquals("如：12.5亿元", funds.hint());
        assertEquals("所", template.field("新建学校").orElseThrow().unit());
        assertEquals(FieldKind.PERCENT, template.field("占比达到").orElseThrow().kind());
        assertEquals(FieldKind.AMOUNT, template.field("投入资金2").orElseThrow().kind()); // the XX万元 placeholder
        assertEquals("（{{日期}}）", template.paragraphs().get(0).text());
    }

    @Test
    void figuresCanBeKeptAsWritten() {
        Template template = extracted(false);
        assertTrue(template.sections().get(0).children().get(0).heading().contains("12.5亿元"));
        assertTrue(template.field("投入资金").isPresent()); // still the XX placeholder's field
    }

    @Test
    void aNewDraftFromTheExtractedTemplateHasTheOutlineAndFieldsToFill() {
        Template template = extracted(true);
        Draft draft = drafts.newDraft(template, LocalDate.of(2027, 3, 1));
        assertEquals(ParagraphLevel.TITLE, draft.paragraphs().get(0).level());
        assertEquals(NoisySpeech.TITLE, draft.meta().title());
        assertEquals(3, draft.paragraphs().stream().filter(p -> p.level() == ParagraphLevel.HEADING_1).count());
        assertEquals(6, draft.paragraphs().stream().filter(p -> p.level() == ParagraphLevel.HEADING_2).count());
        assertTrue(draft.paragraphs().stream().map(DraftParagraph::text).anyMatch(t -> t.contains("{{投入资金}}亿元")));
    }
}
