package org.speechdraft.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.storage.AppHome;

class TemplateDraftsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

    private final TemplateDrafts drafts = new TemplateDrafts();

    @TempDir
    Path home;

    private static DraftParagraph p(ParagraphLevel level, String text) {
        return DraftParagraph.of(level, text);
    }

    private static List<String> texts(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }

    @Test
    void aNewDraftHasTheTitleDateOutlineAndSamplesWithDefaultsFilledIn() {
        Draft draft = drafts.newDraft(TemplateFixtures.workMeeting(), TODAY);

        assertEquals(new DraftMeta("在{{会议名称}}上的讲话", "", "", TODAY), draft.meta());
        assertEquals(List.of("在{{会议名称}}上的讲话", "（2026年3月5日）", "同志们：", "今天召开{{会议名称}}。下面，我讲三点意见。",
                "一、回顾2026年工作", "（一）水利建设", "全年投入资金{{投入资金}}万元。", "（二）河道治理", "二、部署任务",
                "要抓好防汛备汛。", "三、强化保障", "要压实责任。", "谢谢大家！"), texts(draft.paragraphs()));
        assertEquals(ParagraphLevel.TITLE, draft.paragraphs().get(0).level());
        assertEquals(ParagraphLevel.HEADING_2, draft.paragraphs().get(5).level());
        assertEquals(ParagraphLevel.CLOSING, draft.paragraphs().get(12).level());
    }

    @Test
    void defaultTokensResolveForTheGivenDay() {
        assertEquals("2025年度", FieldDefaults.resolve("{{去年}}年度", TODAY));
        assertEquals("2027", FieldDefaults.resolve("{{明年}}", TODAY));
        assertEquals("2026年3月5日", FieldDefaults.resolve("{{今天}}", TODAY));
        assertEquals("全县", FieldDefaults.resolve("全县", TODAY));
    }

    @Test
    void anInsertedSectionIsRenumberedToFitWhereItLands() {
        List<DraftParagraph> draft = List.of(
                p(ParagraphLevel.TITLE, "在全县农业工作会议上的讲话"),
                p(ParagraphLevel.SALUTATION, "同志们："),
                p(ParagraphLevel.BODY, "下面，我讲三点意见。"),
                p(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                p(ParagraphLevel.BODY, "粮食生产再获丰收。"),
                p(ParagraphLevel.HEADING_1, "二、部署任务"),
                p(ParagraphLevel.HEADING_2, "（一）抓春耕"),
                p(ParagraphLevel.HEADING_1, "三、提出要求"),
                p(ParagraphLevel.BODY, "要转变作风。"),
                p(ParagraphLevel.CLOSING, "谢谢大家！"));
        Template template = TemplateFixtures.workMeeting();

        List<DraftParagraph> result = drafts.insertSection(draft, 7, template, 2);

        assertEquals(List.of("在全县农业工作会议上的讲话", "同志们：", "下面，我讲四点意见。",
                "一、肯定成绩", "粮食生产再获丰收。", "二、部署任务", "（一）抓春耕",
                "三、强化保障", "要压实责任。",
                "四、提出要求", "要转变作风。", "谢谢大家！"), texts(result));
        assertEquals(ParagraphLevel.HEADING_1, result.get(7).level());
        assertEquals(List.of(), new OutlineAnalyzer().analyzeDraft(result).problems());
    }

    @Test
    void anInsertedSectionBringsItsSubsectionsAndFields() {
        List<DraftParagraph> draft = List.of(
                p(ParagraphLevel.HEADING_1, "一、部署任务"),
                p(ParagraphLevel.HEADING_2, "（一）抓春耕"),
                p(ParagraphLevel.CLOSING, "谢谢大家！"));

        List<DraftParagraph> result = drafts.insertSection(draft, 0, TemplateFixtures.workMeeting(), 0);

        assertEquals(List.of("一、回顾{{年份}}年工作", "（一）水利建设", "全年投入资金{{投入资金}}万元。", "（二）河道治理",
                "二、部署任务", "（一）抓春耕", "谢谢大家！"), texts(result));
        assertEquals(texts(result), texts(drafts.insertSection(draft, -5, TemplateFixtures.workMeeting(), 0)),
                "an index before the start means the start");
    }

    @Test
    void aSectionGoesAfterTheSectionTheCaretIsInSoNoSectionIsSplit() {
        List<DraftParagraph> draft = List.of(
                p(ParagraphLevel.TITLE, "在全县农业工作会议上的讲话"),
                p(ParagraphLevel.SALUTATION, "同志们："),
                p(ParagraphLevel.BODY, "下面，我讲两点意见。"),
                p(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                p(ParagraphLevel.HEADING_2, "（一）粮食生产"),
                p(ParagraphLevel.BODY, "粮食生产再获丰收。"),
                p(ParagraphLevel.BODY, ""),
                p(ParagraphLevel.BODY, "二、部署任务"),
                p(ParagraphLevel.BODY, "要抓好春耕。"),
                p(ParagraphLevel.CLOSING, "谢谢大家！"));

        assertEquals(6, drafts.sectionInsertionPoint(draft, 5), "inside 一、: after its last paragraph, not its blank line");
        assertEquals(6, drafts.sectionInsertionPoint(draft, 3), "on the heading itself: after the whole section");
        assertEquals(9, drafts.sectionInsertionPoint(draft, 8), "in the last section (written as text): before the closing");
        assertEquals(9, drafts.sectionInsertionPoint(draft, 9), "in the closing remarks: before them");
        assertEquals(3, drafts.sectionInsertionPoint(draft, 1), "in the opening: before the first section");
        assertEquals(0, drafts.sectionInsertionPoint(List.of(p(ParagraphLevel.BODY, "")), 0), "an empty draft");
        assertEquals(1, drafts.sectionInsertionPoint(List.of(p(ParagraphLevel.BODY, "同志们："),
                p(ParagraphLevel.CLOSING, "谢谢大家！")), 0), "no sections: before the closing");
    }

    @Test
    void aDraftBecomesATemplateWithItsFiguresAsFields() {
        Draft draft = Draft.of(List.of(
                p(ParagraphLevel.TITLE, "在20XX年全县水利工作会议上的讲话"),
                p(ParagraphLevel.SUBTITLE, "（2025年3月1日）"),
                p(ParagraphLevel.SALUTATION, "同志们："),
                p(ParagraphLevel.BODY, "今天召开{{会议名称}}。下面，我讲两点意见。"),
                p(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                p(ParagraphLevel.HEADING_3, "1.工程建设"),
                p(ParagraphLevel.BODY, "全年投入资金XX万元，新建水厂**座，另有投入资金XXX万元用于维修。"),
                p(ParagraphLevel.BODY, ""),
                p(ParagraphLevel.BODY, "二、部署任务"),
                p(ParagraphLevel.BODY, "要抓好防汛。"),
                p(ParagraphLevel.CLOSING, "谢谢大家！")));

        Template kept = drafts.fromDraft(draft, "水利会议", "专题会议", "由去年的讲话改成", true);
        Template bare = drafts.fromDraft(draft, "水利会议", "专题会议", "", false);

        assertEquals("在{{年份}}年全县水利工作会议上的讲话", kept.titlePattern());
        assertEquals(List.of("年份", "会议名称", "投入资金", "新建水厂", "投入资金2"),
                kept.fields().stream().map(TemplateField::name).toList());
        assertEquals(new TemplateField("投入资金", FieldKind.AMOUNT, "万元", "", ""), kept.field("投入资金").orElseThrow());
        assertEquals(FieldKind.COUNT, kept.field("新建水厂").orElseThrow().kind());
        assertEquals(FieldKind.YEAR, kept.field("年份").orElseThrow().kind());
        assertEquals(List.of("（2025年3月1日）", "同志们：", "今天召开{{会议名称}}。下面，我讲两点意见。", "一、肯定成绩", "1.工程建设",
                "全年投入资金{{投入资金}}万元，新建水厂{{新建水厂}}座，另有投入资金{{投入资金2}}万元用于维修。", "二、部署任务",
                "要抓好防汛。", "谢谢大家！"), kept.paragraphs().stream().map(TemplateParagraph::text).toList());
        assertEquals(List.of(ParagraphLevel.SUBTITLE, ParagraphLevel.SALUTATION, ParagraphLevel.BODY, ParagraphLevel.HEADING_1,
                ParagraphLevel.HEADING_2, ParagraphLevel.BODY, ParagraphLevel.HEADING_1, ParagraphLevel.BODY,
                ParagraphLevel.CLOSING), kept.paragraphs().stream().map(TemplateParagraph::level).toList(),
                "a skipped level moves up; a heading written as text becomes a heading");
        assertTrue(kept.paragraphs().get(5).sample());
        assertEquals(List.of("（2025年3月1日）", "同志们：", "一、肯定成绩", "1.工程建设", "二、部署任务"),
                bare.paragraphs().stream().map(TemplateParagraph::text).toList());
        assertEquals(List.of("年份"), bare.fields().stream().map(TemplateField::name).toList(), "only fields still used");
        assertTrue(TemplateValidator.check(kept).isValid(), TemplateValidator.check(kept).errors().toString());
        assertEquals(List.of(), TemplateValidator.check(bare).warnings());
    }

    @Test
    void aTemplateSavedFromADraftMakesTheSameSpeechAgain() throws Exception {
        Draft speech = drafts.newDraft(TemplateFixtures.workMeeting(), TODAY);
        Template fromSpeech = drafts.fromDraft(speech, "我的模板", "工作会议", "", true);
        TemplateLibrary library = TemplateLibrary.load(AppHome.at(home), null);

        Template saved = library.saveUser(fromSpeech, false);

        assertEquals("my-template", saved.id());
        assertEquals(texts(speech.paragraphs()), texts(drafts.newDraft(saved, TODAY).paragraphs()));
        assertEquals(List.of(saved.id()), library.search("我的模板").stream().map(e -> e.template().id()).toList());
        assertEquals("my-template-2", library.saveUser(fromSpeech, false).id());
    }
}
