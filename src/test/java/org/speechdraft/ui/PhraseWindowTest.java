package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.phrase.Phrase;

class PhraseWindowTest extends WindowTest {

    @Test
    void aPhraseFoundBySearchIsInsertedAtTheCaretInOneUndoStep() {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "同志们，")));
        interact(() -> area().moveTo(area().getLength()));

        later(() -> window.controller().insertPhrase());
        clickOn("#phraseSearch");
        write("批评指正");
        doubleClickOn(lookup("#phraseList .list-cell").match(c -> !((javafx.scene.control.ListCell<?>) c).isEmpty()).queryAs(javafx.scene.Node.class));

        assertEquals("同志们，我就讲这些，不当之处请大家批评指正。谢谢大家！", paragraphs().get(0).text());
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("同志们，", paragraphs().get(0).text());
    }

    @Test
    void theSelectedSentenceBecomesOneOfTheUsersOwnPhrases() throws Exception {
        loadParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "全局上下要拧成一股绳。")));
        interact(() -> area().selectAll());

        later(() -> window.controller().insertPhrase());
        later(() -> lookup("#phraseAdd").queryButton().fire());
        TextField text = lookup("#phraseNewText").queryAs(TextField.class);
        assertEquals("全局上下要拧成一股绳。", text.getText(), "the selection is offered");
        clickOn(text);
        push(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        ListView<Phrase> phrases = lookup("#phraseList").queryAs(ListView.class);
        assertEquals(new Phrase(UiText.get("phrase.add.category"), "全局上下要拧成一股绳。", true),
                phrases.getSelectionModel().getSelectedItem());
        assertTrue(Files.readString(home.resolve("phrases.json")).contains("全局上下要拧成一股绳。"), "kept for next time");
        push(KeyCode.ESCAPE);
    }
}
