package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.importing.DocxFixtures.bold;
import static org.speechdraft.core.importing.DocxFixtures.document;
import static org.speechdraft.core.importing.DocxFixtures.highlighted;
import static org.speechdraft.core.importing.DocxFixtures.p;
import static org.speechdraft.core.importing.DocxFixtures.style;
import static org.speechdraft.core.importing.DocxFixtures.styles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

/** A colleague's Word document becomes a draft with its headings, bold and highlight. */
class DocxImportTest {

    @TempDir
    Path dir;

    private final SpeechImporter importer = new SpeechImporter();

    private Draft imported(String documentXml, String stylesXml) throws IOException, ImportException {
        Path file = DocxFixtures.write(dir.resolve("讲话.docx"), documentXml, stylesXml);
        return importer.importFile(file, null, CleanupOptions.DEFAULTS).draft();
    }

    private static List<ParagraphLevel> levels(Draft draft) {
        return draft.paragraphs().stream().map(DraftParagraph::level).toList();
    }

    @Test
    void headingStylesAndOutlineLevelsBecomeGongwenLevels() throws Exception {
        String stylesXml = styles(
                style("Title", "Title", null, null),
                style("1", "heading 1", null, 0),
                style("2", "标题 2", null, 1),
                style("Mine", "我的小标题", "2", null),
                style("Deep", "自定义", null, 2));
        Draft draft = imported(document(
                p("Title", "关于加快农村教育发展的讲话"),
                p(null, "同志们："),
                p("1", "一、总体要求"),
                p("Mine", "（一）指导思想"),
                p("Deep", "1.坚持问题导向"),
                "<w:p><w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr>" + DocxFixtures.r("（1）压实责任") + "</w:p>",
                p(null, "今年要完成各项目标任务。")), stylesXml);
        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SALUTATION, ParagraphLevel.HEADING_1,
                ParagraphLevel.HEADING_2, ParagraphLevel.HEADING_3, ParagraphLevel.HEADING_4, ParagraphLevel.BODY), levels(draft));
        assertEquals("关于加快农村教育发展的讲话", draft.meta().title());
    }

    @Test
    void headingsWrittenAsTextGetTheirLevelsFromTheOutlineEngine() throws Exception {
        Draft draft = imported(document(
                p(null, "在全县农村教育工作会议上的讲话"), p(null, "同志们："),
                p(null, "一、肯定成绩"), p(null, "（一）办学条件明显改善。今年全县新建学校一批。"),
                p(null, "二、狠抓落实"), p(null, "要把各项任务落到实处。"), p(null, "谢谢大家！")), null);
        assertEquals(List.of(ParagraphLevel.TITLE, ParagraphLevel.SALUTATION, ParagraphLevel.HEADING_1,
                ParagraphLevel.HEADING_2, ParagraphLevel.HEADING_1, ParagraphLevel.BODY, ParagraphLevel.CLOSING), levels(draft));
    }

    @Test
    void boldAndHighlightedRunsAreKeptAndTheirTextCleaned() throws Exception {
        Draft draft = imported(document(
                p(null, bold("一要 加强领导"), DocxFixtures.r(",各级党组织要"), highlighted("把责任扛在肩上"), DocxFixtures.r("。"))),
                null);
        assertEquals(List.of(new StyledRun("一要加强领导", new TextStyle(true, false)),
                new StyledRun("，各级党组织要", TextStyle.EMPTY),
                new StyledRun("把责任扛在肩上", new TextStyle(false, true)),
                new StyledRun("。", TextStyle.EMPTY)), draft.paragraphs().get(0).runs());
    }

    @Test
    void textBoxesDeletionsFieldCodesAndDrawingFallbacksAreLeftOut() throws Exception {
        Draft draft = imported(document(p(null,
                "<w:r><w:t>正文</w:t></w:r>",
                "<w:r><w:delText>删掉的字</w:delText></w:r>",
                "<w:r><w:instrText> PAGE </w:instrText></w:r>",
                "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p>"
                        + "</w:txbxContent></mc:Choice><mc:Fallback><w:t>文本框副本</w:t></mc:Fallback></mc:AlternateContent></w:r>",
                "<w:r><w:t>继续</w:t><w:br/><w:t>换行后</w:t></w:r>")), null);
        assertEquals(List.of("正文继续", "换行后"), draft.paragraphs().stream().map(DraftParagraph::text).toList());
    }

    @Test
    void specialCharactersOfXmlComeThroughAsText() throws Exception {
        Draft draft = imported(document(p(null, "“三个&amp;四个”&lt;必须&gt;坚持")), null);
        assertEquals("“三个&四个”<必须>坚持", draft.paragraphs().get(0).text());
    }
}
