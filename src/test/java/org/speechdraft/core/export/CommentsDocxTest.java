package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The draft's open 批注 as Word comments, read back as Word shows them: in the margin, on their text. */
class CommentsDocxTest {

    private static final String W = PartXml.W;
    private static final String W14 = OoxmlNamespace.W14.uri();
    private static final String W15 = OoxmlNamespace.W15.uri();

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void export() throws Exception {
        file = dir.resolve("批注.docx");
        new DocxExporter().export(CommentedSpeech.draft(), BuiltInPresets.gongwen(), file);
    }

    /** By w:id. */
    private Map<String, XWPFComment> comments() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            Map<String, XWPFComment> comments = new LinkedHashMap<>();
            for (XWPFComment comment : docx.doc.getComments()) {
                comments.put(comment.getId(), comment);
            }
            return comments;
        }
    }

    /** The text each comment's range holds in word/document.xml, by comment id: what Word marks. */
    private Map<String, String> markedTexts() throws Exception {
        Map<String, StringBuilder> marked = new LinkedHashMap<>();
        Set<String> open = new LinkedHashSet<>();
        for (Element element : PartXml.elements(PartXml.part(file, "word/document.xml"), W, "*")) {
            String id = element.getAttributeNS(W, "id");
            switch (element.getLocalName()) {
                case "commentRangeStart" -> {
                    open.add(id);
                    marked.put(id, new StringBuilder());
                }
                case "commentRangeEnd" -> open.remove(id);
                case "t" -> open.forEach(o -> marked.get(o).append(element.getTextContent()));
                default -> { }
            }
        }
        assertTrue(open.isEmpty(), "ranges left open: " + open);
        Map<String, String> texts = new LinkedHashMap<>();
        marked.forEach((id, text) -> texts.put(id, text.toString()));
        return texts;
    }

    /** The comment whose text starts so. */
    private static String idOf(Map<String, XWPFComment> comments, String text) {
        return comments.values().stream().filter(c -> c.getText().startsWith(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment " + text)).getId();
    }

    @Test
    void openCommentsAreWordCommentsOnTheTextTheyAreAbout() throws Exception {
        Map<String, XWPFComment> comments = comments();
        Map<String, String> marked = markedTexts();
        XWPFComment theme = comments.get(idOf(comments, "点明会议主题"));
        assertEquals("王处长", theme.getAuthor());
        assertEquals("王", theme.getInitials());
        assertEquals(LocalDateTime.ofInstant(CommentedSpeech.MONDAY, ZoneId.systemDefault()),
                LocalDateTime.ofInstant(theme.getDate().toInstant(), ZoneOffset.UTC), "local time, as Word writes it");
        assertEquals(CommentedSpeech.THEME, marked.get(theme.getId()));
        assertEquals("下面，我讲两点意见。", marked.get(idOf(comments, "可以再具体")));
        assertEquals(CommentedSpeech.SHORT_HEADING, marked.get(idOf(comments, "标题偏短")));
    }

    @Test
    void aCommentShowsTheTimeOfDayItWasWrittenAtInBeijing() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        try {
            new DocxExporter().export(CommentedSpeech.draft(), BuiltInPresets.gongwen(), file);
        } finally {
            TimeZone.setDefault(zone);
        }
        Element theme = PartXml.elements(PartXml.part(file, "word/comments.xml"), W, "comment").stream()
                .filter(c -> c.getTextContent().contains("点明会议主题")).findFirst().orElseThrow();
        // 01:30 UTC is 09:30 in Beijing; Word writes and reads the local time, marked Z all the same
        assertEquals("2026-03-02T09:30:00Z", theme.getAttributeNS(W, "date"));
    }

    @Test
    void aCommentWithoutADateHasNone() throws Exception {
        Element undated = PartXml.elements(PartXml.part(file, "word/comments.xml"), W, "comment").stream()
                .filter(c -> c.getTextContent().contains("可以再具体")).findFirst().orElseThrow();
        assertFalse(undated.hasAttributeNS(W, "date"));
        assertEquals("张科长", undated.getAttributeNS(W, "author"));
    }

    @Test
    void aCommentSpanningTwoParagraphsMarksTheTextInBoth() throws Exception {
        String span = idOf(comments(), "结尾再有力一些");
        assertEquals(CommentedSpeech.SPAN_START + CommentedSpeech.SPAN_END, markedTexts().get(span));
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFParagraph body = docx.paragraph("各地要迅速行动");
            XWPFParagraph closing = docx.paragraph("谢谢大家");
            assertTrue(body.getCTP().getCommentRangeStartList().stream().anyMatch(s -> s.getId().toString().equals(span)));
            assertTrue(closing.getCTP().getCommentRangeEndList().stream().anyMatch(e -> e.getId().toString().equals(span)));
        }
    }

    @Test
    void repliesFollowTheirCommentOnTheSameTextAndAreThreadedUnderIt() throws Exception {
        Map<String, XWPFComment> comments = comments();
        String heading = idOf(comments, "标题偏短");
        String first = idOf(comments, "已改为");
        String second = idOf(comments, "好。");
        assertEquals(List.of(Integer.parseInt(heading) + 1, Integer.parseInt(heading) + 2),
                List.of(Integer.parseInt(first), Integer.parseInt(second)), "right after the comment they answer");
        assertEquals("李 明", comments.get(first).getAuthor());
        assertEquals("李明", comments.get(first).getInitials());
        Map<String, String> marked = markedTexts();
        assertEquals(CommentedSpeech.SHORT_HEADING, marked.get(first));
        assertEquals(CommentedSpeech.SHORT_HEADING, marked.get(second));

        // Word threads a reply by commentsExtended: its last paragraph's id, and its parent's
        Map<String, String> lastParagraphIds = new HashMap<>();
        for (Element comment : PartXml.elements(PartXml.part(file, "word/comments.xml"), W, "comment")) {
            List<Element> paragraphs = PartXml.elements(comment, W, "p");
            lastParagraphIds.put(comment.getAttributeNS(W, "id"),
                    paragraphs.get(paragraphs.size() - 1).getAttributeNS(W14, "paraId"));
        }
        Map<String, Element> extended = new HashMap<>();
        for (Element commentEx : PartXml.elements(PartXml.part(file, "word/commentsExtended.xml"), W15, "commentEx")) {
            extended.put(commentEx.getAttributeNS(W15, "paraId"), commentEx);
            assertEquals("0", commentEx.getAttributeNS(W15, "done"), "open");
        }
        assertEquals(comments.size(), extended.size());
        Element reply = extended.get(lastParagraphIds.get(second));
        assertEquals(lastParagraphIds.get(heading), reply.getAttributeNS(W15, "paraIdParent"));
        assertFalse(extended.get(lastParagraphIds.get(heading)).hasAttributeNS(W15, "paraIdParent"));
    }

    @Test
    void doneCommentsAndCommentsWhoseTextIsGoneAreNotExported() throws Exception {
        Map<String, XWPFComment> comments = comments();
        assertEquals(6, comments.size(), "4 comments and 2 replies");
        assertTrue(comments.values().stream().noneMatch(c -> c.getText().contains("已改。")), "done");
        assertTrue(comments.values().stream().noneMatch(c -> c.getText().contains("这句删掉了")), "its text is gone");
        assertEquals(Set.copyOf(comments.keySet()), markedTexts().keySet());
    }

    @Test
    void eachCommentStartsWithTheAnnotationMarkAndKeepsItsLines() throws Exception {
        XWPFComment heading = comments().values().stream().filter(c -> c.getText().startsWith("标题偏短")).findFirst()
                .orElseThrow();
        assertEquals(List.of("标题偏短。", "建议补充。"), heading.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        var first = heading.getParagraphs().get(0).getCTP();
        assertEquals(1, first.getRArray(0).sizeOfAnnotationRefArray(), "the annotation reference first, as Word writes it");
        assertEquals("CommentReference", first.getRArray(0).getRPr().getRStyleArray(0).getVal());
        assertEquals("CommentText", heading.getParagraphs().get(1).getStyle());
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals("annotation text", docx.style("CommentText").getName().getVal());
            assertEquals(0, ExportedDocx.twips(docx.paragraphProperties("CommentText").getInd().getFirstLine()));
        }
    }

    @Test
    void eachRangeEndIsFollowedByTheCommentsReference() throws Exception {
        Document document = PartXml.part(file, "word/document.xml");
        List<Element> ends = PartXml.elements(document, W, "commentRangeEnd");
        assertEquals(6, ends.size());
        for (Element end : ends) {
            Node next = end.getNextSibling();
            List<Element> references = PartXml.elements((Element) next, W, "commentReference");
            assertEquals(end.getAttributeNS(W, "id"), references.get(0).getAttributeNS(W, "id"));
        }
    }

    @Test
    void aDraftWithoutCommentsHasNoCommentParts() throws Exception {
        new DocxExporter().export(SampleSpeech.draft(), BuiltInPresets.gongwen(), file);
        Set<String> names = PartXml.parts(file).keySet();
        assertFalse(names.contains("word/comments.xml"));
        assertFalse(names.contains("word/commentsExtended.xml"));
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertNull(docx.doc.getStyles().getStyle("CommentText"));
            assertNull(docx.doc.getDocComments(), "no comments for Word to show");
        }
    }
}
