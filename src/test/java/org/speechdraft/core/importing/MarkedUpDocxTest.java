package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.speechdraft.core.importing.DocxFixtures.del;
import static org.speechdraft.core.importing.DocxFixtures.document;
import static org.speechdraft.core.importing.DocxFixtures.ins;
import static org.speechdraft.core.importing.DocxFixtures.p;
import static org.speechdraft.core.importing.DocxFixtures.part;
import static org.speechdraft.core.importing.DocxFixtures.r;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.Revision;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.StyledRun;

/**
 * The leader's marked-up copy comes back reviewable: every 修订 in a version of its own with who
 * and when, every 批注 on its text, and nothing dropped without a word.
 */
class MarkedUpDocxTest {

    @TempDir
    Path dir;

    private final SpeechImporter importer = new SpeechImporter();

    private ImportedSpeech imported(Map<String, String> parts) throws Exception {
        Path file = DocxFixtures.writeParts(dir.resolve("讲话（局长改）.docx"), parts);
        return importer.importFile(file, null, CleanupOptions.DEFAULTS);
    }

    private ImportedSpeech imported(String... paragraphs) throws Exception {
        return imported(Map.of("word/document.xml", document(paragraphs)));
    }

    private static List<String> texts(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }

    private static Snapshot revised(ImportedSpeech speech) {
        return speech.revisedVersion().orElseThrow();
    }

    @Test
    void aFigureTheLeaderChangedIsInTheRevisedVersionWithWhoAndWhenAndTheDraftKeepsOurs() throws Exception {
        ImportedSpeech speech = imported(
                p(null, "同志们："),
                p(null, r("全年投入资金"), del("张局长", "12"), ins("张局长", "15"), r("亿元，新建学校8所。")));

        assertEquals(List.of("同志们：", "全年投入资金12亿元，新建学校8所。"), texts(speech.draft().paragraphs()));
        Snapshot after = revised(speech);
        assertEquals(List.of("同志们：", "全年投入资金15亿元，新建学校8所。"), texts(after.paragraphs()));
        assertEquals(2, speech.revisionCount());
        Revision deleted = after.revisions().get(0);
        assertEquals(Revision.Kind.DELETED, deleted.kind());
        assertEquals("张局长", deleted.author());
        // Word's "Z" is the reviser's own clock time
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 21).atZone(ZoneId.systemDefault()).toInstant(), deleted.date());
        assertEquals(Revision.Kind.INSERTED, after.revisions().get(1).kind());
        assertTrue(after.name().contains("张局长"), after.name());
        // the inserted figure carries its revision; the deletion sits on the character after it
        Set<String> onFigure = new java.util.HashSet<>();
        int at = 0;
        for (StyledRun run : after.paragraphs().get(1).runs()) {
            if (at >= 6 && at < 8) {
                onFigure.addAll(run.style().revisions());
            }
            at += run.text().length();
        }
        assertEquals(Set.of("r1", "r2"), onFigure);
        assertTrue(speech.draft().paragraphs().stream().flatMap(pp -> pp.runs().stream())
                .allMatch(run -> run.style().revisions().isEmpty()), "the draft itself has no revision marks");
    }

    @Test
    void aDeletedParagraphAnInsertedOneAndAMergedPairAreWholeParagraphRevisions() throws Exception {
        String deletedMark = "<w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"张局长\" w:date=\"2026-12-01T09:00:00Z\"/></w:rPr></w:pPr>";
        String insertedMark = "<w:pPr><w:rPr><w:ins w:id=\"2\" w:author=\"李主任\" w:date=\"2026-12-01T09:05:00Z\"/></w:rPr></w:pPr>";
        ImportedSpeech speech = imported(
                p(null, "一、肯定成绩"),
                "<w:p>" + deletedMark + del("张局长", "这段话整段删去。") + "</w:p>",
                "<w:p>" + insertedMark + ins("李主任", "这是新加的一段。") + "</w:p>",
                "<w:p>" + deletedMark + r("前一段到此为止。") + "</w:p>",
                p(null, "后一段接了上来。"));

        assertEquals(List.of("一、肯定成绩", "这段话整段删去。", "前一段到此为止。", "后一段接了上来。"),
                texts(speech.draft().paragraphs()));
        assertEquals(List.of("一、肯定成绩", "这是新加的一段。", "前一段到此为止。后一段接了上来。"),
                texts(revised(speech).paragraphs()));
        assertEquals(List.of("张局长", "张局长", "李主任", "李主任", "张局长"),
                revised(speech).revisions().stream().map(Revision::author).toList());
    }

    @Test
    void everyChangeBetweenTheDraftAndTheRevisedVersionNamesWhoMadeIt() throws Exception {
        String insertedMark = "<w:pPr><w:rPr><w:ins w:id=\"2\" w:author=\"王科长\" w:date=\"2026-12-01T09:05:00Z\"/></w:rPr></w:pPr>";
        String deletedMark = "<w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"李主任\" w:date=\"2026-12-01T09:06:00Z\"/></w:rPr></w:pPr>";
        ImportedSpeech speech = imported(
                p(null, "同志们："),
                p(null, r("全年投入资金"), del("张局长", "12"), ins("张局长", "15"), r("亿元。"), del("李主任", "成绩来之不易。")),
                "<w:p>" + insertedMark + ins("王科长", "要把责任落实到人。") + "</w:p>",
                "<w:p>" + deletedMark + del("李主任", "这一段不要了。") + "</w:p>",
                p(null, "谢谢大家！"));
        Snapshot after = revised(speech);
        org.speechdraft.core.compare.Review review = org.speechdraft.core.compare.Review.of(after.paragraphs(),
                speech.draft().paragraphs());
        org.speechdraft.core.compare.RevisionAttribution who = new org.speechdraft.core.compare.RevisionAttribution(after);

        List<String> changes = review.openChanges().stream()
                .map(c -> c.right().text() + "→" + c.left().text() + " " + who.of(c).stream().map(Revision::author)
                        .distinct().toList())
                .toList();

        assertEquals(List.of("12→15 [张局长]", "成绩来之不易。→ [李主任]", "→要把责任落实到人。 [王科长]",
                "这一段不要了。→ [李主任]"), changes);
    }

    @Test
    void aMovedParagraphIsAMoveInBothPlaces() throws Exception {
        String from = "<w:moveFrom w:id=\"5\" w:author=\"张局长\" w:date=\"2026-12-01T09:00:00Z\">" + r("要压实责任。") + "</w:moveFrom>";
        String to = "<w:moveTo w:id=\"6\" w:author=\"张局长\" w:date=\"2026-12-01T09:00:00Z\">" + r("要压实责任。") + "</w:moveTo>";
        ImportedSpeech speech = imported(p(null, from), p(null, "要加强领导。"), p(null, to));

        assertEquals(List.of("要压实责任。", "要加强领导。"), texts(speech.draft().paragraphs()));
        assertEquals(List.of("要加强领导。", "要压实责任。"), texts(revised(speech).paragraphs()));
        assertTrue(revised(speech).revisions().stream().allMatch(rv -> rv.kind() == Revision.Kind.MOVED));
    }

    @Test
    void aDocumentWithoutRevisionsHasNoRevisedVersion() throws Exception {
        ImportedSpeech speech = imported(p(null, "同志们："), p(null, "今年工作取得新进展。"));

        assertEquals(0, speech.revisionCount());
        assertTrue(speech.revisedVersion().isEmpty());
        assertTrue(speech.draft().snapshots().isEmpty());
    }

    @Test
    void commentsWithTheirRangesRepliesAndDoneStateAreKept() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document(
                p(null, r("全年投入资金"), "<w:commentRangeStart w:id=\"0\"/><w:commentRangeStart w:id=\"1\"/>", r("12亿元"),
                        "<w:commentRangeEnd w:id=\"0\"/><w:commentRangeEnd w:id=\"1\"/>",
                        "<w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:commentReference w:id=\"1\"/></w:r>", r("。")),
                p(null, r("要"), "<w:commentRangeStart w:id=\"2\"/>", r("狠抓落实"), "<w:commentRangeEnd w:id=\"2\"/>",
                        "<w:r><w:commentReference w:id=\"2\"/></w:r>", r("。"))));
        parts.put("word/comments.xml", part("comments",
                "<w:comment w:id=\"0\" w:author=\"张局长\" w:date=\"2026-12-01T10:20:00Z\" w:initials=\"张\">"
                        + "<w:p w14:paraId=\"00000001\"><w:r><w:annotationRef/></w:r><w:r><w:t>数字再核实</w:t></w:r></w:p></w:comment>"
                        + "<w:comment w:id=\"1\" w:author=\"李秘书\" w:date=\"2026-12-01T11:00:00Z\">"
                        + "<w:p w14:paraId=\"00000002\"><w:r><w:t>已与统计局核对</w:t></w:r></w:p></w:comment>"
                        + "<w:comment w:id=\"2\" w:author=\"王主任\">"
                        + "<w:p w14:paraId=\"00000003\"><w:r><w:t>第一行</w:t></w:r></w:p>"
                        + "<w:p w14:paraId=\"00000004\"><w:r><w:t>第二行</w:t></w:r></w:p></w:comment>"));
        parts.put("word/commentsExtended.xml", part("commentsEx",
                "<w15:commentEx w15:paraId=\"00000001\" w15:done=\"0\"/>"
                        + "<w15:commentEx w15:paraId=\"00000002\" w15:paraIdParent=\"00000001\" w15:done=\"0\"/>"
                        + "<w15:commentEx w15:paraId=\"00000004\" w15:done=\"1\"/>").replace("w:commentsEx", "w15:commentsEx"));

        ImportedSpeech speech = imported(parts);

        List<DraftComment> comments = speech.draft().comments();
        assertEquals(2, comments.size());
        DraftComment figure = comments.get(0);
        assertEquals("张局长", figure.author());
        assertEquals("数字再核实", figure.text());
        assertFalse(figure.done());
        assertEquals(List.of(new DraftComment.Reply("李秘书",
                LocalDateTime.of(2026, 12, 1, 11, 0).atZone(ZoneId.systemDefault()).toInstant(), "已与统计局核对")),
                figure.replies());
        DraftComment done = comments.get(1);
        assertEquals("第一行\n第二行", done.text());
        assertTrue(done.done());
        assertEquals("12亿元", commentedText(speech.draft().paragraphs().get(0), figure.id()));
        assertEquals("狠抓落实", commentedText(speech.draft().paragraphs().get(1), done.id()));
    }

    @Test
    void aCommentOnAPointLiesOnTheCharacterBeforeIt() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document(p(null, r("加强领导"), "<w:r><w:commentReference w:id=\"7\"/></w:r>", r("。"))));
        parts.put("word/comments.xml", part("comments",
                "<w:comment w:id=\"7\" w:author=\"张局长\"><w:p><w:r><w:t>这里补一句</w:t></w:r></w:p></w:comment>"));

        ImportedSpeech speech = imported(parts);

        assertEquals("导", commentedText(speech.draft().paragraphs().get(0), speech.draft().comments().get(0).id()));
    }

    @Test
    void aCommentOnTextTheLeaderInsertedIsBesideItInOurVersionAndOnItInTheirs() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", document(p(null, r("要加强领导"), "<w:commentRangeStart w:id=\"3\"/>",
                ins("张局长", "，压实责任"), "<w:commentRangeEnd w:id=\"3\"/>", r("。"))));
        parts.put("word/comments.xml", part("comments",
                "<w:comment w:id=\"3\" w:author=\"张局长\"><w:p><w:r><w:t>补上责任</w:t></w:r></w:p></w:comment>"));

        ImportedSpeech speech = imported(parts);

        String id = speech.draft().comments().get(0).id();
        assertEquals("导", commentedText(speech.draft().paragraphs().get(0), id));
        assertEquals("，压实责任", commentedText(revised(speech).paragraphs().get(0), id));
    }

    @Test
    void aTableComesInAsRowsOfTextAndTheReportSaysSo() throws Exception {
        String table = "<w:tbl>" + row("项目", "投资（万元）") + row("新建学校", "1200") + row("改造校舍", "800") + "</w:tbl>";
        ImportedSpeech speech = imported(p(null, "一、主要数据"), table, p(null, "以上数据来自统计局。"));

        assertEquals(List.of("一、主要数据", "项目 | 投资（万元）", "新建学校 | 1200", "改造校舍 | 800", "以上数据来自统计局。"),
                texts(speech.draft().paragraphs()));
        assertEquals(List.of("第2段：表格（3 行 × 2 列）按文字导入，每行一段，单元格之间用“ | ”隔开"), messages(speech));
    }

    @Test
    void textBoxesImagesChartsFootnotesAndFormulasAreCountedWhereTheyStood() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        String textBox = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor xmlns:wp=\"wp\">"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData"
                + " uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp xmlns:wps=\"wps\"><wps:txbx>"
                + "<w:txbxContent><w:p><w:r><w:t>XX县教育局办公室</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>"
                + "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v=\"v\">"
                + "<v:textbox><w:txbxContent><w:p><w:r><w:t>XX县教育局办公室</w:t></w:r></w:p></w:txbxContent></v:textbox>"
                + "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        String picture = "<w:r><w:drawing><wp:inline xmlns:wp=\"wp\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"/></a:graphic></wp:inline></w:drawing></w:r>";
        String chart = picture.replace("2006/picture", "2006/chart");
        String formula = "<m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"><m:r><m:t>x+1</m:t></m:r></m:oMath>";
        parts.put("word/document.xml", document(
                p(null, "同志们："),
                p(null, r("今年新建学校"), textBox, r("12所。")),
                "<w:p>" + picture + picture + "</w:p>",
                p(null, r("投入增长如图"), chart, r("所示"), "<w:r><w:footnoteReference w:id=\"2\"/></w:r>", r("。")),
                p(null, r("增长率按"), formula, r("计算。"))));
        parts.put("word/footnotes.xml", part("footnotes",
                "<w:footnote w:id=\"2\"><w:p><w:r><w:t>数据来源：县统计局2026年统计公报</w:t></w:r></w:p></w:footnote>"));

        ImportedSpeech speech = imported(parts);

        assertEquals(List.of("同志们：", "今年新建学校12所。", "投入增长如图所示。", "增长率按计算。"), texts(speech.draft().paragraphs()));
        assertEquals(List.of("第2段：1 个文本框未导入：“XX县教育局办公室”",
                "第3段前：2 张图片未导入",
                "第3段：1 个图表未导入",
                "第3段：1 个脚注未导入：“数据来源：县统计局2026年统计公报”",
                "第4段：1 个公式未导入"), messages(speech));
    }

    @Test
    void formatRevisionsHiddenTextAndHeadersAreReportedAndTheOldFormatIsNotApplied() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        String reformatted = "<w:r><w:rPr><w:rPrChange w:id=\"9\" w:author=\"张局长\"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr>"
                + "<w:t>要狠抓落实。</w:t></w:r>";
        String hidden = "<w:r><w:rPr><w:vanish/></w:rPr><w:t>内部掌握</w:t></w:r>";
        parts.put("word/document.xml", document(p(null, reformatted, hidden)));
        parts.put("word/header1.xml", part("hdr", "<w:p><w:r><w:t>XX县人民政府办公室</w:t></w:r></w:p>"));
        parts.put("word/footer1.xml", part("ftr", "<w:p><w:r><w:t>— </w:t></w:r><w:fldSimple w:instr=\" PAGE \">"
                + "<w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t> —</w:t></w:r></w:p>"));

        ImportedSpeech speech = imported(parts);

        assertEquals(List.of(StyledRun.plain("要狠抓落实。")), speech.draft().paragraphs().get(0).runs());
        assertEquals(List.of("第1段：1 处隐藏文字未导入：“内部掌握”",
                "另有 1 处格式修订（字体、段落格式等）无法逐条审阅，已按修改后的格式导入",
                "页眉、页脚未导入：“XX县人民政府办公室”"), messages(speech));
    }

    @Test
    void underlinedOrColouredTextBulletsAndSymbolsAreNamedAsNotKept() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        String red = "<w:r><w:rPr><w:color w:val=\"FF0000\"/><w:u w:val=\"single\"/></w:rPr><w:t>务必落实</w:t></w:r>";
        String check = "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>";
        parts.put("word/document.xml", document(p(null, r("各校"), red, r("。")),
                DocxFixtures.numbered(null, 1, 0, "第一项工作"), DocxFixtures.numbered(null, 1, 0, "第二项工作"),
                p(null, check, r("已完成"))));
        parts.put("word/numbering.xml", DocxFixtures.numbering(DocxFixtures.abstractNum(0,
                DocxFixtures.lvl(0, "bullet", "•")), DocxFixtures.num(1, 0)));

        ImportedSpeech speech = imported(parts);

        assertEquals(List.of("各校务必落实。", "第一项工作", "第二项工作", "已完成"), texts(speech.draft().paragraphs()));
        assertEquals(List.of("第4段：1 个特殊符号（字体 “Wingdings”）未导入",
                "1 处下划线、斜体、删除线或彩色文字按普通文字导入：“务必落实”",
                "2 个项目符号（•）未导入，那些段落按正文导入"), messages(speech));
    }

    @Test
    void textAfterTheLastParagraphOfADocumentCutShortIsNotLost() throws Exception {
        ImportedSpeech speech = imported(Map.of("word/document.xml", document(p(null, "同志们："))
                .replace("</w:body>", "<w:r><w:t>最后一句。</w:t></w:r></w:body>")));

        assertEquals(List.of("同志们：", "最后一句。"), texts(speech.draft().paragraphs()));
    }

    private static String row(String... cells) {
        StringBuilder xml = new StringBuilder("<w:tr>");
        for (String cell : cells) {
            xml.append("<w:tc>").append(p(null, cell)).append("</w:tc>");
        }
        return xml.append("</w:tr>").toString();
    }

    private static List<String> messages(ImportedSpeech speech) {
        return speech.notes().stream().map(ImportNote::message).toList();
    }

    private static String commentedText(DraftParagraph paragraph, String commentId) {
        StringBuilder text = new StringBuilder();
        paragraph.runs().stream().filter(run -> run.style().comments().contains(commentId)).forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
