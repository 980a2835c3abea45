package org.speechdraft.core.template;

import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/** A short past speech with stated figures and a placeholder, for the 提取为模板 tests (core and window). */
public final class PastSpeeches {

    /** Two sections; 8.6亿元 and 24座 stated, XX亿元 still to fill; body and closing become samples. */
    public static final List<DraftParagraph> WATER_WORKS = List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "在全市水利建设推进会上的讲话"),
            DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "一、回顾去年工作"),
            DraftParagraph.of(ParagraphLevel.BODY, "去年全市完成水利投资8.6亿元，新建泵站24座。"),
            DraftParagraph.of(ParagraphLevel.HEADING_1, "二、部署今年任务"),
            DraftParagraph.of(ParagraphLevel.BODY, "今年要完成投资XX亿元。"),
            DraftParagraph.of(ParagraphLevel.CLOSING, "谢谢大家！"));

    private PastSpeeches() {
    }
}
