package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * The version of the sample speech the leader was given, before the last round of work on it:
 * the commented speech differs from it by a paragraph inserted, one deleted, one whose level
 * changed, and text changed, inserted and deleted inside paragraphs.
 */
final class RevisedSpeech {

    static final String DELETED = "今年春耕形势总体较好，但也存在一些困难。";
    static final String INSERTED = "各地要迅速行动，确保各项措施落到实处。";

    private RevisedSpeech() {
    }

    /** The earlier version's paragraphs. */
    static List<DraftParagraph> base() {
        List<DraftParagraph> base = new ArrayList<>();
        for (DraftParagraph paragraph : SampleSpeech.draft().paragraphs()) {
            String text = paragraph.text();
            switch (text) {
                case "今天召开会议，主要是部署春季农业生产工作。下面，我讲两点意见。" ->
                        base.add(DraftParagraph.of(ParagraphLevel.BODY, "今天召开会议，主要是安排春季农业生产工作。下面，我讲三点意见。"));
                case "一、认清形势" -> base.add(paragraph.withLevel(ParagraphLevel.HEADING_2));
                case "（一）稳面积。全市粮食播种面积稳定在**万亩以上。" ->
                        base.add(DraftParagraph.of(ParagraphLevel.HEADING_2, "（一）稳面积。全市粮食播种面积要稳定在**万亩以上。"));
                case "（1）压实到村" -> base.add(DraftParagraph.of(ParagraphLevel.HEADING_4, "（1）压实"));
                case INSERTED -> { }
                default -> base.add(paragraph);
            }
            if (text.startsWith("去年全市")) {
                base.add(DraftParagraph.of(ParagraphLevel.BODY, DELETED));
            }
        }
        return base;
    }
}
