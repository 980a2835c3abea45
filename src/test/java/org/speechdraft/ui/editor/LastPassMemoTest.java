package org.speechdraft.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.reactfx.util.Either;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.TextStyle;

class LastPassMemoTest {

    private static List<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>> paragraphs(DraftParagraph... draft) {
        return new ArrayList<>(AreaDocuments.toDocument(List.of(draft)).getParagraphs());
    }

    @Test
    void anEditedParagraphIsConvertedAgainAndTheOthersAreReused() {
        var text = paragraphs(DraftParagraph.of(ParagraphLevel.HEADING_1, "一、肯定成绩"),
                DraftParagraph.of(ParagraphLevel.BODY, "今年完成投资XX万元。"),
                DraftParagraph.of(ParagraphLevel.BODY, "明年继续努力。"));
        LastPassMemo<Paragraph<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle>, DraftParagraph> cache =
                new LastPassMemo<>(AreaDocuments::toParagraph);
        List<DraftParagraph> before = cache.map(text);

        // an edit replaces the paragraph it touches by a new object; the others stay as they were
        text.set(1, paragraphs(DraftParagraph.of(ParagraphLevel.BODY, "今年完成投资300万元。")).get(0));
        text.add(1, paragraphs(DraftParagraph.of(ParagraphLevel.HEADING_2, "（一）项目建设")).get(0));
        List<DraftParagraph> after = cache.map(text);

        assertEquals(AreaDocuments.toParagraphs(AreaDocuments.toDocument(after)), after);
        assertEquals(List.of("一、肯定成绩", "（一）项目建设", "今年完成投资300万元。", "明年继续努力。"),
                after.stream().map(DraftParagraph::text).toList());
        assertSame(before.get(0), after.get(0));
        assertSame(before.get(2), after.get(3));
        assertNotSame(before.get(1), after.get(2));
    }

    @Test
    void onlyItemsNotInTheLastPassAreComputed() {
        List<String> computed = new ArrayList<>();
        LastPassMemo<String, Integer> lengths = new LastPassMemo<>(s -> {
            computed.add(s);
            return s.length();
        });
        String kept = new String("肯定成绩");
        String edited = new String("投资XX万元");
        assertEquals(List.of(4, 6), lengths.map(List.of(kept, edited)));

        computed.clear();
        String typedInto = new String("投资300万元");
        assertEquals(List.of(4, 7), lengths.map(List.of(kept, typedInto)));
        assertEquals(List.of("投资300万元"), computed);

        // an equal but new object is computed again: the memo goes by identity
        computed.clear();
        assertEquals(List.of(4, 7), lengths.map(List.of(kept, new String(typedInto))));
        assertEquals(List.of("投资300万元"), computed);
    }
}
