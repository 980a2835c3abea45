package org.speechdraft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.compare.Change;
import org.speechdraft.core.importing.MarkedUpCopy;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.ui.comment.CommentRow;

/**
 * The leader's marked-up DOCX in the real window: the preview says what it holds, every 修订 comes
 * up for review with who made it, accepting is one undo step, rejecting keeps our text; the 批注
 * sit beside the text they are on, can be answered and marked done, and are saved with the draft.
 */
class ReviewWindowTest extends ImportingWindowTest {

    @SuppressWarnings("unchecked")
    private ListView<Change> changeList() {
        return lookup("#compareChanges").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<CommentRow> commentList() {
        return lookup("#commentList").queryAs(ListView.class);
    }

    private List<String> changeTexts() {
        return lookup("#compareChanges .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(cell -> cell.getText()).filter(t -> t != null).toList();
    }

    private void importMarkedUpCopy() throws Exception {
        Path file = MarkedUpCopy.write(home);
        dialogs.filesToOpen.add(file);
        later(() -> window.controller().open());
        waitForPreview();
        assertTrue(labelText("importWordTitle").startsWith("含 " + MarkedUpCopy.REVISIONS + " 处修订、1 条批注，导入后逐条审阅"),
                labelText("importWordTitle"));
        clickOn("#importAccept");
        waitUntil("the review of the revisions", () -> lookup("#compareChanges").tryQuery().isPresent()
                && !changeList().getItems().isEmpty());
    }

    private String draftText() {
        return String.join("\n", texts());
    }

    @Test
    void theLeadersRevisionsAreReviewedOneByOneWithWhoMadeThem() throws Exception {
        importMarkedUpCopy();

        assertEquals(List.of("第3段 · 张局长 12月1日 10:21：“12” 改为 “15”",
                "第3段 · 张局长 12月1日 10:21：删除“成绩来之不易。”",
                "第4段前 · 李主任 12月1日 10:20：插入一段“同时也要看到城乡差距。”"), changeTexts());
        assertTrue(draftText().contains("投入教育资金12亿元"), "the draft is our text until a change is accepted");

        clickOn(lookup("#compareChanges .list-cell").nth(0).queryAs(Node.class));
        clickOn("#compareAccept");
        assertTrue(draftText().contains("投入教育资金15亿元"), draftText());
        assertEquals(2, changeList().getItems().size());

        clickOn(lookup("#compareChanges .list-cell").nth(0).queryAs(Node.class));
        clickOn("#compareReject");
        assertTrue(draftText().contains("成绩来之不易。"), "rejected: our sentence stays");
        assertEquals(List.of("第4段前 · 李主任 12月1日 10:20：插入一段“同时也要看到城乡差距。”"), changeTexts());

        clickOn("#compareClose");
        later(() -> window.controller().reviewRevisions());
        waitUntil("the review again", () -> lookup("#compareChanges").tryQuery().isPresent()
                && !changeList().getItems().isEmpty());
        assertEquals(List.of("第4段前 · 李主任 12月1日 10:20：插入一段“同时也要看到城乡差距。”"), changeTexts(),
                "reviewed again later, the rejected revision stays rejected");
        clickOn("#compareClose");
        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(draftText().contains("投入教育资金12亿元"), "one undo step takes the accepted figure back");
    }

    @Test
    void theCommentsSitBesideTheirTextAndAreSavedWithTheDraft() throws Exception {
        importMarkedUpCopy();
        clickOn("#compareClose");

        Tab comments = lookup("#sideTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedItem();
        assertEquals("commentTab", comments.getId(), "a document with comments shows them at once");
        assertEquals("批注（1）", comments.getText());
        waitUntil("the comment list", () -> lookup("#commentList").tryQuery().isPresent()
                && commentList().getItems().size() == 1);
        assertTrue(lookup("#commentList .sd-comment-head").queryLabeled().getText().startsWith("张局长 · 12月5日 16:25"));
        assertEquals("数字再核实", lookup("#commentList .sd-comment-text").queryLabeled().getText());

        clickOn(lookup("#commentList .list-cell").nth(0).queryAs(Node.class));
        assertEquals("8所", area().getSelectedText(), "choosing a comment selects the text it is on");

        clickOn("#commentReply");
        clickOn("#commentText").write("已与统计局核对");
        clickOn("#commentOk");
        clickOn(lookup("#commentList .list-cell").nth(0).queryAs(Node.class));
        clickOn("#commentDone");
        assertEquals("批注（0）", comments.getText(), "a done comment no longer counts as open");

        Path saved = home.resolve("修改后.sdraft");
        dialogs.filesToSave.add(saved);
        push(KeyCode.CONTROL, KeyCode.S);
        Draft draft = new DraftCodec().read(saved);
        assertEquals(1, draft.comments().size());
        assertTrue(draft.comments().get(0).done());
        assertEquals("已与统计局核对", draft.comments().get(0).replies().get(0).text());
        assertEquals(1, draft.snapshots().stream().filter(s -> !s.revisions().isEmpty()).count(),
                "the revised version stays with the draft, to review later");
    }

    @Test
    void aRevisionCopyForTheLeaderMarksWhatChangedSinceTheirVersionAsWordRevisionsSignedWithTheUsersName()
            throws Exception {
        importMarkedUpCopy();
        clickOn(lookup("#compareChanges .list-cell").nth(0).queryAs(Node.class));
        clickOn("#compareAccept"); // the leader's figure is taken; the rest of their edits are not
        clickOn("#compareClose");
        later(() -> window.controller().editUserName());
        clickOn("#userName").write("李秘书");
        clickOn(lookup(".dialog-pane .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryButton());

        Path out = home.resolve("给局长的修订稿.docx");
        dialogs.exportFiles.add(out);
        later(() -> window.controller().exportRevisions());
        assertEquals("修订稿：局长修改稿.docx（张局长、李主任）", selectedBase(), "the leader's own version is offered first");
        clickOn(lookup("#revisionBaseDialog .button").match(n -> ((javafx.scene.control.Button) n).isDefaultButton())
                .queryButton());
        clickOn(lookup(".dialog-pane .button").match(n -> n instanceof javafx.scene.control.Button b
                && b.getText().equals(UiText.get("export.go"))).queryButton());

        org.w3c.dom.Document xml = documentXml(out);
        assertEquals(List.of("成绩来之不易。"), revisionTexts(xml, "ins", "t"), "what we kept that they had deleted");
        assertEquals(List.of("同时也要看到城乡差距。"), revisionTexts(xml, "del", "delText"), "what they added and we did not take");
        org.w3c.dom.NodeList revisions = xml.getElementsByTagNameNS(W, "ins");
        assertEquals("李秘书", ((org.w3c.dom.Element) revisions.item(0)).getAttributeNS(W, "author"));
        assertTrue(labelText("statusMessage").contains("2 处改动已标为修订"), labelText("statusMessage"));
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private String selectedBase() {
        javafx.scene.control.ComboBox<String> box = lookup("#revisionBaseDialog .combo-box").queryComboBox();
        return box.getValue();
    }

    private static org.w3c.dom.Document documentXml(Path docx) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile());
             java.io.InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    /** The text inside each w:ins (or w:del) that holds text, in document order. */
    private static List<String> revisionTexts(org.w3c.dom.Document xml, String kind, String textElement) {
        List<String> texts = new java.util.ArrayList<>();
        org.w3c.dom.NodeList all = xml.getElementsByTagNameNS(W, kind);
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.NodeList pieces = ((org.w3c.dom.Element) all.item(i)).getElementsByTagNameNS(W, textElement);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < pieces.getLength(); k++) {
                text.append(pieces.item(k).getTextContent());
            }
            if (!text.isEmpty()) {
                texts.add(text.toString());
            }
        }
        return texts;
    }

    @Test
    void restoringTheLeadersVersionTakesTheirTextWithoutTheReviewsMarks() throws Exception {
        importMarkedUpCopy();
        clickOn("#compareClose");
        var revised = window.controller().session().snapshots().list().get(0);

        interact(() -> window.controller().session().restoreSnapshot(revised));

        assertTrue(draftText().contains("投入教育资金15亿元") && draftText().contains("同时也要看到城乡差距。"), draftText());
        assertTrue(paragraphs().stream().flatMap(p -> p.runs().stream()).allMatch(r -> r.style().revisions().isEmpty()),
                "no revision marks in the editor");
    }

    @Test
    void aNewCommentOnTheSelectedTextIsOneUndoStep() {
        loadParagraphs(List.of(org.speechdraft.core.model.DraftParagraph.of(
                org.speechdraft.core.model.ParagraphLevel.BODY, "要狠抓落实，确保各项任务按期完成。")));
        interact(() -> area().selectRange(area().editorPosition(0, 1), area().editorPosition(0, 5)));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.M);
        clickOn("#commentText").write("请补充责任单位");
        clickOn("#commentOk");

        waitUntil("the new comment", () -> lookup("#commentList").tryQuery().isPresent()
                && commentList().getItems().size() == 1);
        assertEquals("狠抓落实", commentList().getItems().get(0).range().text());
        assertEquals("请补充责任单位", commentList().getItems().get(0).comment().text());
        assertFalse(lookup("#commentText").tryQuery().map(n -> n instanceof TextArea && n.isVisible()).orElse(false));

        clickOn("#speechArea");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil("the comment gone with the undo", () -> commentList().getItems().isEmpty());
    }
}
