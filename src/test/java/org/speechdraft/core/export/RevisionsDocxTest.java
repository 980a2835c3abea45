package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The 修订稿 read back as Word shows it with 修订 on: the draft's changes since the version the
 * leader has as tracked insertions and deletions, exactly where they are, which accepting or
 * rejecting all turns into the one or the other version.
 */
class RevisionsDocxTest {

    private static final String W = PartXml.W;
    private static final Authorship BY = new Authorship("李明", Instant.parse("2026-03-03T08:00:00Z"));

    @TempDir
    Path dir;

    private Path file;
    private ExportResult result;

    @BeforeEach
    void export() throws Exception {
        file = dir.resolve("修订稿.docx");
        result = new DocxExporter().exportRevisions(CommentedSpeech.draft(), RevisedSpeech.base(),
                BuiltInPresets.gongwen(), BY, file);
    }

    /** A tracked change as a reviewer reads it in the margin: kind, text, and the paragraph it is in. */
    private record Seen(String kind, String text, String paragraph) {
    }

    /** Every w:ins and w:del of the body, in document order. */
    private List<Seen> changes() throws Exception {
        List<Seen> seen = new ArrayList<>();
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            for (XWPFParagraph paragraph : docx.paragraphs()) {
                for (Element change : children(paragraph)) {
                    if (change.getLocalName().equals("ins") || change.getLocalName().equals("del")) {
                        seen.add(new Seen(change.getLocalName(), written(change), shownText(paragraph)));
                    }
                }
            }
        }
        return seen;
    }

    @Test
    void theChangesAreTrackedExactlyWhereTheyAre() throws Exception {
        String theme = "今天召开会议，主要是安排部署春季农业生产工作。下面，我讲三两点意见。";
        assertEquals(List.of(
                new Seen("del", "安排", theme), new Seen("ins", "部署", theme),
                new Seen("del", "三", theme), new Seen("ins", "两", theme),
                new Seen("del", RevisedSpeech.DELETED, RevisedSpeech.DELETED),
                new Seen("del", "要", "（一）稳面积。全市粮食播种面积要稳定在**万亩以上。"),
                new Seen("ins", "到村", "（1）压实到村")), changes().stream()
                        .filter(s -> !s.paragraph().equals(RevisedSpeech.INSERTED)).toList());
        assertEquals(RevisedSpeech.INSERTED, changes().stream().filter(s -> s.paragraph().equals(RevisedSpeech.INSERTED))
                .map(Seen::text).reduce("", String::concat), "the new paragraph inserted, all of it");
    }

    @Test
    void aDeletedParagraphStandsWhereItWasWithItsMarkDeleted() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            List<XWPFParagraph> paragraphs = docx.paragraphs();
            XWPFParagraph deleted = shown(docx, RevisedSpeech.DELETED);
            assertTrue(shownText(paragraphs.get(paragraphs.indexOf(deleted) - 1)).startsWith("去年全市"));
            assertEquals("del", mark(deleted), "its paragraph mark deleted: accepting removes the paragraph");
            assertEquals(0, deleted.getCTP().sizeOfRArray(), "no text left outside the deletion");
            assertEquals("", deleted.getText(), "deleted text is w:delText");
        }
    }

    @Test
    void anInsertedParagraphHasItsMarkInserted() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFParagraph inserted = shown(docx, RevisedSpeech.INSERTED);
            assertEquals("ins", mark(inserted));
            assertEquals(0, inserted.getCTP().sizeOfRArray(), "all its runs inserted");
            XWPFParagraph unchanged = docx.paragraph("二、抓好落实");
            assertNull(mark(unchanged));
        }
    }

    @Test
    void aParagraphWhoseLevelChangedShowsItsFormerStyle() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            XWPFParagraph heading = docx.paragraph("一、认清形势");
            assertEquals("Heading1", heading.getStyle());
            Element change = formerProperties(heading);
            assertEquals("Heading2", PartXml.elements(change, W, "pStyle").get(0).getAttributeNS(W, "val"),
                    "二级标题 before");
            assertEquals("李明", change.getAttributeNS(W, "author"));
            assertNull(formerProperties(docx.paragraph("二、抓好落实")));
        }
    }

    @Test
    void acceptingAllGivesTheDraftAndRejectingAllTheEarlierVersion() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(styledTexts(CommentedSpeech.draft().paragraphs()), resolved(docx, true));
            assertEquals(styledTexts(RevisedSpeech.base()), resolved(docx, false));
        }
    }

    @Test
    void everyChangeIsSignedByTheReviserAtTheExportTimeWithAnIdOfItsOwn() throws Exception {
        String wallClock = LocalDateTime.ofInstant(BY.when(), ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        Set<String> ids = new HashSet<>();
        int changes = 0;
        for (String name : List.of("ins", "del", "pPrChange")) {
            for (Element change : PartXml.elements(PartXml.part(file, "word/document.xml"), W, name)) {
                assertEquals("李明", change.getAttributeNS(W, "author"));
                assertEquals(wallClock, change.getAttributeNS(W, "date"), "local time, as Word writes it");
                ids.add(change.getAttributeNS(W, "id"));
                changes++;
            }
        }
        for (Element comment : PartXml.elements(PartXml.part(file, "word/comments.xml"), W, "comment")) {
            ids.add(comment.getAttributeNS(W, "id"));
            changes++;
        }
        assertEquals(changes, ids.size(), "no id twice, comments included");
    }

    @Test
    void theLeadersOwnEditsAreTrackedToo() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertTrue(docx.doc.isTrackRevisions(), "修订 on");
        }
        new DocxExporter().export(CommentedSpeech.draft(), BuiltInPresets.gongwen(), file);
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertFalse(docx.doc.isTrackRevisions(), "not in a plain export");
        }
    }

    @Test
    void theDraftIsLaidOutAsThePlainExportLaysItOut() throws Exception {
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(List.of("XX", "**"), result.remaining().stream().map(p -> p.text()).toList());
            assertEquals("SdPlaceholder", ExportedDocx.run(docx.paragraph("去年全市"), "XX").getStyle());
            assertEquals(6, docx.doc.getComments().length, "the open comments and their replies");
            List<XWPFParagraph> paragraphs = docx.paragraphs();
            int salutation = paragraphs.indexOf(docx.paragraph("同志们"));
            assertEquals("", paragraphs.get(salutation - 1).getText(), "the blank line above the 称呼");
        }
    }

    @Test
    void aDraftEqualToTheEarlierVersionHasNoChanges() throws Exception {
        Draft draft = SampleSpeech.draft();
        new DocxExporter().exportRevisions(draft, draft.paragraphs(), BuiltInPresets.gongwen(), BY, file);
        assertEquals(List.of(), changes());
        List<DraftParagraph> relevelled = new ArrayList<>(draft.paragraphs());
        relevelled.set(3, relevelled.get(3).withLevel(ParagraphLevel.CLOSING));
        new DocxExporter().exportRevisions(draft, relevelled, BuiltInPresets.gongwen(), BY, file);
        assertEquals(List.of(), changes(), "a level change is no insertion or deletion");
    }

    /** "Style: text" of each non-blank paragraph: blank lines are no change of a 修订稿. */
    private static List<String> styledTexts(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().filter(p -> !p.isBlank())
                .map(p -> StylesPart.styleId(p.level()) + ": " + p.text()).toList();
    }

    /**
     * The document as Word leaves it after 接受所有修订 ({@code accept}) or 拒绝所有修订: the other
     * side's text gone, a paragraph whose mark goes joined to the next, the former style back when
     * rejecting; as {@link #styledTexts}.
     */
    private static List<String> resolved(ExportedDocx docx, boolean accept) {
        String dropped = accept ? "del" : "ins";
        List<String> texts = new ArrayList<>();
        String carried = "";
        for (XWPFParagraph paragraph : docx.paragraphs()) {
            StringBuilder text = new StringBuilder(carried);
            for (Element child : children(paragraph)) {
                if (!child.getLocalName().equals(dropped)) {
                    text.append(written(child));
                }
            }
            if (dropped.equals(mark(paragraph))) {
                carried = text.toString();
                continue;
            }
            carried = "";
            Element former = formerProperties(paragraph);
            List<Element> formerStyle = former == null ? List.of() : PartXml.elements(former, W, "pStyle");
            String style = accept || former == null ? paragraph.getStyle()
                    : formerStyle.isEmpty() ? null : formerStyle.get(0).getAttributeNS(W, "val");
            if (!text.toString().isBlank()) {
                texts.add(style + ": " + text);
            }
        }
        return texts;
    }

    /** "ins" or "del" for a paragraph mark a 修订稿 tracks, null for one it does not. */
    private static String mark(XWPFParagraph paragraph) {
        List<Element> properties = childrenNamed(paragraph, "pPr");
        for (Element rPr : properties.isEmpty() ? List.<Element>of() : PartXml.elements(properties.get(0), W, "rPr")) {
            for (Node child = rPr.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getLocalName().equals("ins") || child.getLocalName().equals("del")) {
                    return child.getLocalName();
                }
            }
        }
        return null;
    }

    /** The paragraph's w:pPrChange, null for none. */
    private static Element formerProperties(XWPFParagraph paragraph) {
        List<Element> properties = childrenNamed(paragraph, "pPr");
        List<Element> changes = properties.isEmpty() ? List.of() : PartXml.elements(properties.get(0), W, "pPrChange");
        return changes.isEmpty() ? null : changes.get(0);
    }

    private static List<Element> childrenNamed(XWPFParagraph paragraph, String localName) {
        return children(paragraph).stream().filter(e -> e.getLocalName().equals(localName)).toList();
    }

    /** The paragraph whose text, as {@link #shownText}, starts with {@code start}. */
    private static XWPFParagraph shown(ExportedDocx docx, String start) {
        return docx.paragraphs().stream().filter(p -> shownText(p).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + start));
    }

    /** The paragraph's text as the page shows it with changes marked: inserted and deleted alike. */
    private static String shownText(XWPFParagraph paragraph) {
        return written(paragraph.getCTP().getDomNode());
    }

    /** The characters of the w:t and w:delText under {@code node} (POI's DOM has no getTextContent). */
    private static String written(Node node) {
        boolean text = node.getNodeType() == Node.ELEMENT_NODE
                && (node.getLocalName().equals("t") || node.getLocalName().equals("delText"));
        StringBuilder characters = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            characters.append(text && child.getNodeType() == Node.TEXT_NODE ? child.getNodeValue() : written(child));
        }
        return characters.toString();
    }

    private static List<Element> children(XWPFParagraph paragraph) {
        List<Element> children = new ArrayList<>();
        for (Node child = paragraph.getCTP().getDomNode().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
