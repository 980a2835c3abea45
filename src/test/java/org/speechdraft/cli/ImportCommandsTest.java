package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.importing.NoisySpeech;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.core.template.Template;
import org.speechdraft.core.template.TemplateCodec;
import org.speechdraft.core.template.TemplateSource;

/** clean, import and extract-template on the command line. */
class ImportCommandsTest {

    @TempDir
    Path dir;

    private Path gbkWebPage() throws IOException {
        return Files.write(dir.resolve("网页.txt"), NoisySpeech.webPage().getBytes(Charset.forName("GBK")));
    }

    @Test
    void cleanPrintsTheCleanTextAndSummarisesEachRuleOnStderr() throws IOException {
        CliResult result = CliResult.run("clean", gbkWebPage().toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(String.join("\n", NoisySpeech.CLEAN) + "\n", result.out().replace("\n\n", "\n").replace("\r", ""));
        assertTrue(result.err().contains("已按 GB18030 编码读取"), result.err());
        assertTrue(result.err().contains("清理 网站导航（site-navigation）：删除 5 行"), result.err());
    }

    @Test
    void cleanWritesUtf8ToAFileAndRulesCanBeSwitchedOff() throws IOException {
        Path out = dir.resolve("干净.txt");
        CliResult result = CliResult.run("clean", gbkWebPage().toString(), "-o", out.toString(), "--no", "copyright,punctuation");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("已写入"), result.out());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("ICP备") && written.contains("同志们:"), written);
        assertFalse(written.contains("您的当前位置"), written);
    }

    @Test
    void importOfALeadersMarkedUpCopySaysWhatItHoldsAndWhatDidNotComeIn() throws Exception {
        Path out = dir.resolve("修改稿.sdraft");
        CliResult result = CliResult.run("import", org.speechdraft.core.importing.MarkedUpCopy.write(dir).toString(),
                "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("含 5 处修订：文稿是修订前的原文，修订后的文本存为快照“修订稿：局长修改稿.docx（张局长、李主任）”"),
                result.out());
        assertTrue(result.out().contains("含 1 条批注，已随文稿保存。"), result.out());
        Draft draft = new DraftCodec().read(out);
        assertEquals("全年累计投入教育资金12亿元，新建学校8所。成绩来之不易。", draft.paragraphs().get(2).text());
        assertEquals("数字再核实", draft.comments().get(0).text());
    }

    @Test
    void cleanOfAMarkedUpCopyTakesItAsItReadsWithItsRevisionsMade() throws IOException {
        CliResult result = CliResult.run("clean", org.speechdraft.core.importing.MarkedUpCopy.write(dir).toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("全年累计投入教育资金15亿元，新建学校8所。\n同时也要看到城乡差距。"), result.out());
        assertTrue(result.err().contains("文档含 5 处修订，按修订后的文字（即全部接受后）清理。"), result.err());
    }

    @Test
    void importOfADocumentWithATableAndAPictureSaysSoOnStderr() throws IOException {
        Path docx = dir.resolve("带表格.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var fileOut = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("同志们：");
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(1).setText("金额");
            table.getRow(1).getCell(0).setText("校舍");
            table.getRow(1).getCell(1).setText("800");
            doc.createParagraph().createRun().setText("谢谢大家！");
            doc.write(fileOut);
        }

        CliResult result = CliResult.run("import", docx.toString(), "-o", dir.resolve("表格.sdraft").toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("以下内容没有原样导入：\n  第2段：表格（2 行 × 2 列）按文字导入，每行一段，单元格之间用“ | ”隔开"),
                result.err());
    }

    @Test
    void cleanListsItsRulesAndRefusesAnUnknownOne() throws IOException {
        CliResult rules = CliResult.run("clean", "--rules");
        assertEquals(0, rules.exitCode());
        assertTrue(rules.out().contains("traditional  繁体转简体（默认关闭）"), rules.out());
        CliResult unknown = CliResult.run("clean", gbkWebPage().toString(), "--no", "ads");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("没有编号为“ads”的清理规则"), unknown.err());
        CliResult encoding = CliResult.run("clean", gbkWebPage().toString(), "--encoding", "klingon");
        assertEquals(2, encoding.exitCode());
        assertTrue(encoding.err().contains("不认识的编码“klingon”"), encoding.err());
    }

    @Test
    void importWritesAStructuredDraftAndKeepsAnExistingOne() throws Exception {
        Path draftFile = dir.resolve("讲话.sdraft");
        CliResult result = CliResult.run("import", gbkWebPage().toString(), "-o", draftFile.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("标题“" + NoisySpeech.TITLE + "”，15 段，9 个各级标题，5 处待填数据"), result.out());
        Draft draft = new DraftCodec().read(draftFile);
        assertEquals(NoisySpeech.CLEAN, draft.paragraphs().stream().map(DraftParagraph::text).toList());
        assertEquals(ParagraphLevel.HEADING_1, draft.paragraphs().get(4).level());

        CliResult again = CliResult.run("import", gbkWebPage().toString(), "-o", draftFile.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("已经存在") && again.err().contains("--force"), again.err());
        assertEquals(0, CliResult.run("import", gbkWebPage().toString(), "-o", draftFile.toString(), "--force").exitCode());
    }

    @Test
    void importNeedsADraftNameAndAReadableFile() throws IOException {
        assertEquals(2, CliResult.run("import", gbkWebPage().toString(), "-o", dir.resolve("x.txt").toString()).exitCode());
        assertEquals(2, CliResult.run("import", gbkWebPage().toString()).exitCode());
        Path broken = Files.write(dir.resolve("坏.docx"), new byte[] {1, 2, 3, 4, 5});
        CliResult result = CliResult.run("import", broken.toString(), "-o", dir.resolve("坏.sdraft").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("不是有效的 Word 文档"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void extractTemplateWritesATemplateWithTheOutlineAndFigureFields() throws Exception {
        Path templateFile = dir.resolve("模板.json");
        CliResult result = CliResult.run("extract-template", gbkWebPage().toString(), "-o", templateFile.toString(),
                "--name", "农村教育工作会议");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("已提取模板“农村教育工作会议”（3 个部分"), result.out());
        Template template = new TemplateCodec().read(templateFile, TemplateSource.USER);
        assertEquals(3, template.sectionCount());
        assertEquals("亿元", template.field("投入资金").orElseThrow().unit());
        assertEquals(List.of("一、肯定成绩，正视差距", "二、突出重点，狠抓落实", "三、加强领导，强化保障"),
                template.sections().stream().map(s -> s.heading()).toList());
    }

    @Test
    void extractTemplateAlsoTakesADraft() throws Exception {
        Path draftFile = dir.resolve("讲话.sdraft");
        CliResult.run("import", gbkWebPage().toString(), "-o", draftFile.toString());
        Path templateFile = dir.resolve("模板.json");
        CliResult result = CliResult.run("extract-template", draftFile.toString(), "-o", templateFile.toString(), "--keep-figures");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("“" + NoisySpeech.TITLE + "”"), result.out());
        assertTrue(new TemplateCodec().read(templateFile, TemplateSource.USER).field("新建学校").isEmpty());
    }
}
