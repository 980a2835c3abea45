package org.speechdraft.core.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** Drafts as an office would write them, used across the storage tests. */
final class SampleDrafts {

    static final TextStyle BOLD = new TextStyle(true, false);
    static final TextStyle HIGHLIGHT = new TextStyle(false, true);
    static final TextStyle BOLD_HIGHLIGHT = new TextStyle(true, true);

    private SampleDrafts() {
    }

    /** Every level, styled runs, an empty paragraph, meta with date, placeholder values and a snapshot. */
    static Draft fullSpeech() {
        List<DraftParagraph> paragraphs = List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全市经济工作会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.SUBTITLE, "（2024年1月15日）"),
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩，正视问题"),
                DraftParagraph.of(ParagraphLevel.HEADING_2, "（一）主要指标稳中有进"),
                DraftParagraph.of(ParagraphLevel.HEADING_3, "1.项目建设提速增效"),
                DraftParagraph.of(ParagraphLevel.HEADING_4, "（1）重大项目"),
                new DraftParagraph(ParagraphLevel.BODY, List.of(
                        StyledRun.plain("全年"),
                        new StyledRun("累计投入资金XX亿元", BOLD_HIGHLIGHT),
                        StyledRun.plain("，同比增长"),
                        new StyledRun("XX%", HIGHLIGHT),
                        StyledRun.plain("。"),
                        new StyledRun("成绩来之不易。", BOLD))),
                DraftParagraph.of(ParagraphLevel.BODY, ""),
                DraftParagraph.of(ParagraphLevel.BODY, "It's \"quoted\" \\ and {braces}"),
                DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"),
                DraftParagraph.of(ParagraphLevel.SIGNATURE, "2024年1月15日"));
        Snapshot firstDraft = new Snapshot("初稿", Instant.parse("2024-01-10T08:30:00.123456789Z"),
                List.of(DraftParagraph.of(ParagraphLevel.TITLE, "讲话（初稿）"),
                        new DraftParagraph(ParagraphLevel.BODY, List.of(new StyledRun("要点", BOLD)))));
        return new Draft(
                new DraftMeta("在全市经济工作会议上的讲话", "全市经济工作会议", "张市长", LocalDate.of(2024, 1, 15)).withTiming(15, 220),
                paragraphs,
                Map.of("投入资金", "120", "增长率", "8.5%"),
                List.of(firstDraft));
    }

    /**
     * A leader's marked-up copy read back: a 批注 with an answer on the body's figure, one already
     * dealt with, and the revised version kept as a snapshot with the revisions its text carries.
     */
    static Draft annotatedSpeech() {
        TextStyle commented = new TextStyle(false, false, java.util.Set.of("c1", "c2"), java.util.Set.of());
        Draft draft = Draft.of(List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全市经济工作会议上的讲话"),
                new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("全年投入资金"),
                        new StyledRun("12亿元", commented), StyledRun.plain("。")))));
        TextStyle inserted = new TextStyle(false, false, java.util.Set.of(), java.util.Set.of("r1", "r2"));
        Snapshot revised = new Snapshot("修订：张局长", Instant.parse("2024-01-12T09:00:00Z"),
                List.of(DraftParagraph.of(ParagraphLevel.TITLE, "在全市经济工作会议上的讲话"),
                        new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("全年投入资金"),
                                new StyledRun("15亿元", inserted), StyledRun.plain("。")))),
                false,
                List.of(new org.speechdraft.core.model.Revision("r1", org.speechdraft.core.model.Revision.Kind.DELETED,
                                "张局长", Instant.parse("2024-01-11T16:20:00Z")),
                        new org.speechdraft.core.model.Revision("r2", org.speechdraft.core.model.Revision.Kind.INSERTED,
                                "张局长", null)),
                List.of(new org.speechdraft.core.model.RejectedChange(1, 6, 8, "15", "12", false)));
        var reply = new org.speechdraft.core.model.DraftComment.Reply("李秘书", Instant.parse("2024-01-12T08:00:00Z"),
                "已与统计局核对");
        return draft.withSnapshots(List.of(revised)).withComments(List.of(
                new org.speechdraft.core.model.DraftComment("c1", "张局长", Instant.parse("2024-01-11T16:21:00Z"),
                        "数字再核实\n以统计局口径为准", false, List.of(reply)),
                new org.speechdraft.core.model.DraftComment("c2", "王主任", null, "同意", true, List.of())));
    }

    /** Title and a body paragraph only; no meta title. */
    static Draft untitledSpeech(String firstLine, int bodyParagraphs) {
        List<DraftParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(DraftParagraph.of(ParagraphLevel.BODY, "  "));
        paragraphs.add(DraftParagraph.of(ParagraphLevel.HEADING_1, firstLine));
        for (int i = 0; i < bodyParagraphs; i++) {
            paragraphs.add(DraftParagraph.of(ParagraphLevel.BODY, "第" + (i + 1) + "段正文。"));
        }
        return Draft.of(paragraphs);
    }

    static Draft titled(String title) {
        return Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, "正文"))).withMeta(
                new DraftMeta(title, "", "", null));
    }
}
