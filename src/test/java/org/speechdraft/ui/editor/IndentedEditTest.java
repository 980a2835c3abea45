package org.speechdraft.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledDocument;
import org.junit.jupiter.api.Test;
import org.reactfx.util.Either;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

class IndentedEditTest {

    private static final TextStyle BOLD = TextStyle.EMPTY.withBold(true);

    private static ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> doc(
            DraftParagraph... paragraphs) {
        return AreaDocuments.toDocument(List.of(paragraphs));
    }

    private static DraftParagraph body(String text) {
        return DraftParagraph.of(ParagraphLevel.BODY, text);
    }

    private static ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> text(String text) {
        return ReadOnlyStyledDocument.fromString(text, ParagraphLevel.BODY, TextStyle.EMPTY, SpeechSegments.OPS);
    }

    /** The edit as the area makes it, fitted to the indents; every paragraph must then be indented as its level wants. */
    private static ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> edit(
            ReadOnlyStyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> before, int start,
            int end, StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> replacement) {
        var fitted = IndentedEdit.fit(before, start, end, replacement);
        var after = before.replace(fitted.getStart(), fitted.getEnd(), fitted.getDocument())._1;
        for (var par : after.getParagraphs()) {
            int expected = FirstLineIndent.belongsTo(par.getParagraphStyle()) ? 1 : 0;
            assertEquals(expected, SpeechSegments.indentLength(par), "indent of " + par);
            assertEquals(-1, par.getText().indexOf(FirstLineIndent.CHARACTER, expected), "no indent inside " + par);
        }
        return after;
    }

    private static List<DraftParagraph> paragraphs(StyledDocument<ParagraphLevel, Either<String, FirstLineIndent>, TextStyle> doc) {
        return AreaDocuments.toParagraphs(doc);
    }

    @Test
    void typingInsideALineIsPassedOnAsItIs() {
        var before = doc(body("今天召开会议"));
        var replacement = text("全区");
        var fitted = IndentedEdit.fit(before, 3, 3, replacement);
        assertEquals(3, fitted.getStart());
        assertEquals(3, fitted.getEnd());
        assertSame(replacement, fitted.getDocument());
    }

    @Test
    void textInsertedBeforeAnIndentGoesAfterIt() {
        var after = edit(doc(body("召开会议")), 0, 0, text("今天"));
        assertEquals(List.of(body("今天召开会议")), paragraphs(after));
    }

    @Test
    void deletingTheBreakBeforeAnIndentedParagraphTakesItsIndentWithIt() {
        var before = doc(body("第一段。"), body("第二段。"));
        var after = edit(before, 5, 6, text("")); // the break after 第一段。 (the first paragraph is 5 long with its indent)
        assertEquals(List.of(body("第一段。第二段。")), paragraphs(after));
    }

    @Test
    void enterInsideABodyParagraphIndentsBothHalves() {
        var after = edit(doc(body("前半句后半句")), 4, 4,
                AreaDocuments.plainParagraphs(List.of("", ""), ParagraphLevel.BODY, ParagraphLevel.BODY, TextStyle.EMPTY));
        assertEquals(List.of(body("前半句"), body("后半句")), paragraphs(after));
    }

    @Test
    void enterAfterATitleStartsAnUnindentedSubtitleAndAfterAHeadingAnIndentedBodyParagraph() {
        var title = DraftParagraph.of(ParagraphLevel.TITLE, "讲话");
        var heading = DraftParagraph.of(ParagraphLevel.HEADING_1, "一、成绩");
        var after = edit(doc(title, heading), 2, 2, AreaDocuments.plainParagraphs(List.of("", ""),
                ParagraphLevel.TITLE, ParagraphLevel.SUBTITLE, TextStyle.EMPTY));
        int headingEnd = after.getAbsolutePosition(2, after.getParagraphLength(2));
        after = edit(after, headingEnd, headingEnd, AreaDocuments.plainParagraphs(List.of("", ""),
                ParagraphLevel.HEADING_1, ParagraphLevel.BODY, TextStyle.EMPTY));
        assertEquals(List.of(title, DraftParagraph.of(ParagraphLevel.SUBTITLE, ""), heading, body("")), paragraphs(after));
    }

    @Test
    void pastedParagraphsInsideABodyParagraphGetTheirIndentsAndTheFirstJoinsTheLine() {
        var pasted = AreaDocuments.plainParagraphs(List.of("甲", "乙", "丙"), ParagraphLevel.BODY, ParagraphLevel.BODY,
                TextStyle.EMPTY);
        var after = edit(doc(body("开头结尾")), 3, 3, pasted);
        assertEquals(List.of(body("开头甲"), body("乙"), body("丙结尾")), paragraphs(after));
    }

    @Test
    void wholeParagraphsReplacedFromTheirStartTakeTheLevelsOfTheReplacement() {
        var before = doc(body("一、成绩"), body("正文"));
        int end = before.getAbsolutePosition(0, before.getParagraphLength(0));
        var after = edit(before, 0, end, doc(DraftParagraph.of(ParagraphLevel.TITLE, "一、成绩")));
        assertEquals(List.of(DraftParagraph.of(ParagraphLevel.TITLE, "一、成绩"), body("正文")), paragraphs(after));
    }

    @Test
    void joiningAnEmptySalutationWithTheBodyParagraphAfterItKeepsTheBodyParagraphIndented() {
        var before = doc(DraftParagraph.of(ParagraphLevel.SALUTATION, ""), body("正文"));
        var after = edit(before, 0, 1, text(""));
        assertEquals(List.of(body("正文")), paragraphs(after));
    }

    @Test
    void theIndentTakesTheStyleOfTheTextAfterItSoThatTypingAtTheStartContinuesIt() {
        var boldFirst = new DraftParagraph(ParagraphLevel.BODY,
                List.of(new StyledRun("重点", BOLD), new StyledRun("一般", TextStyle.EMPTY)));
        var before = doc(boldFirst);
        assertEquals(BOLD, before.getStyleAtPosition(0, 1), "typing at the start is bold");
        var after = edit(before, 1, 3, text("")); // the bold words deleted
        assertEquals(TextStyle.EMPTY, after.getStyleAtPosition(0, 1), "typing at the start is no longer bold");
        assertEquals(List.of(body("一般")), paragraphs(after));
    }
}
