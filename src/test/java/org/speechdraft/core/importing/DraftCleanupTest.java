package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** 清理文本 on the open draft: the noise goes, the author's levels and bold stay. */
class DraftCleanupTest {

    @Test
    void theDraftLosesItsNoiseAndKeepsLevelsAndBold() {
        DraftParagraph bold = new DraftParagraph(ParagraphLevel.BODY, List.of(
                new StyledRun("要", TextStyle.EMPTY), new StyledRun("压实责任", TextStyle.EMPTY.withBold(true)),
                new StyledRun("。", TextStyle.EMPTY)));
        List<DraftParagraph> draft = List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全县安全生产会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、提高认识"),
                bold,
                DraftParagraph.of(ParagraphLevel.BODY, "- 2 -"),
                DraftParagraph.of(ParagraphLevel.BODY, "本文链接：https://www.example.cn/a/1.html"));

        ImportedSpeech cleaned = new SpeechImporter().build(SourceDocument.ofDraft(draft), CleanupOptions.DEFAULTS);

        assertEquals(draft.subList(0, 3), cleaned.draft().paragraphs());
        assertEquals(SourceKind.DRAFT, cleaned.source().kind());
    }
}
