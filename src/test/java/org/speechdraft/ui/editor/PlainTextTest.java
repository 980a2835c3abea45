package org.speechdraft.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

class PlainTextTest {

    private final PlainText text = PlainText.of(AreaDocuments.toDocument(List.of(
            DraftParagraph.of(ParagraphLevel.TITLE, "讲话"),
            DraftParagraph.of(ParagraphLevel.BODY, "正文"),
            DraftParagraph.of(ParagraphLevel.BODY, ""))).getParagraphs());

    @Test
    void theTextIsTheDraftsWithoutIndents() {
        assertEquals("讲话\n正文\n", text.text());
    }

    @Test
    void offsetsAndEditorPositionsGoBothWays() {
        // editor: 讲话 ⏎ [indent]正文 ⏎ [indent]  — text: 讲话 ⏎ 正文 ⏎
        assertEquals(List.of(0, 2, 4, 5, 6, 8), List.of(0, 2, 3, 4, 5, 6).stream().map(text::editorPosition).toList());
        assertEquals(List.of(0, 2, 3, 3, 4, 5, 6, 6), List.of(0, 2, 3, 4, 5, 6, 7, 8).stream().map(text::textOffset).toList());
    }
}
