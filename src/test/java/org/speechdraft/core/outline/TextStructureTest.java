package org.speechdraft.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

class TextStructureTest {

    private static List<ParagraphLevel> levels(String... lines) {
        return new TextStructure().paragraphs(List.of(lines)).stream().map(DraftParagraph::level).toList();
    }

    @Test
    void aPlainSpeechGetsTitleTimeLineSalutationHeadingsAndClosing() {
        List<ParagraphLevel> levels = levels(
                "在全县安全生产工作会议上的讲话",
                "（2026年2月10日）",
                "同志们：",
                "今天召开会议，主要任务是部署今年的安全生产工作。下面，我讲两点意见。",
                "一、提高认识",
                "安全生产事关人民群众生命财产安全。",
                "（一）形势依然严峻。去年全县发生各类事故XX起。",
                "1.重点行业风险突出",
                "（1）道路交通",
                "二、压实责任",
                "各级各部门要切实担起责任。",
                "谢谢大家！");

        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SUBTITLE, ParagraphLevel.SALUTATION,
                ParagraphLevel.BODY, ParagraphLevel.HEADING_1, ParagraphLevel.BODY, ParagraphLevel.HEADING_2,
                ParagraphLevel.HEADING_3, ParagraphLevel.HEADING_4, ParagraphLevel.HEADING_1, ParagraphLevel.BODY,
                ParagraphLevel.CLOSING), levels);
    }

    @Test
    void theTextIsKeptAsItIs() {
        List<String> lines = List.of("在全县大会上的讲话", "同志们：", "一、总体情况", "正文。");

        List<DraftParagraph> paragraphs = new TextStructure().paragraphs(lines);

        assertEquals(lines, paragraphs.stream().map(DraftParagraph::text).toList());
    }

    @Test
    void aSubtitleWithDashesBelongsToTheTitle() {
        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SUBTITLE, ParagraphLevel.BODY),
                levels("凝心聚力 真抓实干", "——在全县经济工作会议上的讲话",
                        "这次会议的主要任务是总结去年工作，安排部署今年任务，动员全县上下真抓实干。"));
    }

    @Test
    void textWithoutStructureStaysBody() {
        assertEquals(List.of(ParagraphLevel.BODY, ParagraphLevel.BODY),
                levels("我们要坚持一、二、三产业融合发展，这是去年定下的方向。", "各单位要抓好落实。"));
    }

    @Test
    void markersInsideASentenceAreNotHeadings() {
        List<ParagraphLevel> levels = levels("同志们：", "一、抓好落实", "一是抓责任，二是抓督查，三是抓考核。");

        assertEquals(List.of(ParagraphLevel.SALUTATION, ParagraphLevel.HEADING_1, ParagraphLevel.BODY), levels);
    }
}
