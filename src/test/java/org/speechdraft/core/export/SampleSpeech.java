package org.speechdraft.core.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** A short speech with every paragraph level, a bold and a highlighted run, and two placeholders. */
final class SampleSpeech {

    static final String TITLE = "在全市春季农业生产工作会议上的讲话";

    private SampleSpeech() {
    }

    static Draft draft() {
        return new Draft(new DraftMeta(TITLE, "全市春季农业生产工作会议", "", LocalDate.of(2026, 3, 2)), List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, TITLE),
                DraftParagraph.of(ParagraphLevel.SUBTITLE, "（2026年3月2日）"),
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "今天召开会议，主要是部署春季农业生产工作。下面，我讲两点意见。"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、认清形势"),
                new DraftParagraph(ParagraphLevel.BODY, List.of(
                        StyledRun.plain("去年全市粮食总产量达到"),
                        new StyledRun("XX万吨", TextStyle.EMPTY.withBold(true)),
                        StyledRun.plain("，"),
                        new StyledRun("再创历史新高", TextStyle.EMPTY.withHighlight(true)),
                        StyledRun.plain("。"))),
                DraftParagraph.of(ParagraphLevel.HEADING_2, "（一）稳面积。全市粮食播种面积稳定在**万亩以上。"),
                DraftParagraph.of(ParagraphLevel.HEADING_3, "1.落实责任"),
                DraftParagraph.of(ParagraphLevel.HEADING_4, "（1）压实到村"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "二、抓好落实"),
                DraftParagraph.of(ParagraphLevel.BODY, "各地要迅速行动，确保各项措施落到实处。"),
                DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"),
                DraftParagraph.of(ParagraphLevel.SIGNATURE, "市农业农村局"),
                DraftParagraph.of(ParagraphLevel.SIGNATURE, "2026年3月2日")),
                Map.of(), List.of());
    }
}
