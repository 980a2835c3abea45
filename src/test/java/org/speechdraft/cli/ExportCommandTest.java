package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.ExportPresetStore;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftCodec;

class ExportCommandTest {

    private static final String SPEECH = String.join("\r\n",
            "在全县春耕备耕工作会议上的讲话",
            "（2026年3月5日）",
            "",
            "同志们：",
            "　　今天召开会议，主要任务是安排部署春耕备耕工作。",
            "一、抓好农资供应",
            "全县已储备化肥XX万吨，要确保供应充足。",
            "二、抓好技术服务",
            "要组织农技人员深入田间地头。",
            "谢谢大家！", "");

    @TempDir
    Path dir;

    private String previousHome;

    @BeforeEach
    void ownAppHome() {
        previousHome = System.getProperty(AppHome.SYSTEM_PROPERTY);
        System.setProperty(AppHome.SYSTEM_PROPERTY, dir.resolve("home").toString());
    }

    @AfterEach
    void restoreAppHome() {
        if (previousHome == null) {
            System.clearProperty(AppHome.SYSTEM_PROPERTY);
        } else {
            System.setProperty(AppHome.SYSTEM_PROPERTY, previousHome);
        }
    }

    private Path gbkSpeech() throws IOException {
        return Files.write(dir.resolve("讲话.txt"), SPEECH.getBytes(Charset.forName("GBK")));
    }

    private static List<XWPFParagraph> paragraphs(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs();
        }
    }

    @Test
    void aTextFileBecomesAStructuredGongwenDocxWithAWarningForEachPlaceholder() throws IOException {
        Path out = dir.resolve("讲话.docx");

        CliResult result = CliResult.run("export", gbkSpeech().toString(), "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("已导出") && result.out().contains("公文标准"), result.out());
        assertTrue(result.err().contains("警告：第6段还有待填数据“XX”"), result.err());
        assertTrue(result.err().contains("仍有 1 处待填数据"), result.err());
        assertFalse(result.err().contains("Log4j"), "no library noise: " + result.err());
        List<XWPFParagraph> paragraphs = paragraphs(out);
        assertEquals("在全县春耕备耕工作会议上的讲话", paragraphs.get(0).getText());
        assertEquals("Title", paragraphs.get(0).getStyle());
        assertEquals("Subtitle", paragraphs.get(1).getStyle());
        assertEquals("", paragraphs.get(2).getText(), "the blank line GB/T 9704 wants above the 称呼");
        assertEquals("Salutation", paragraphs.get(3).getStyle());
        assertEquals("今天召开会议，主要任务是安排部署春耕备耕工作。", paragraphs.get(4).getText(), "全角空格 indent removed");
        assertEquals("Heading1", paragraphs.get(5).getStyle());
        assertEquals("Closing", paragraphs.get(9).getStyle());
        assertEquals(10, paragraphs.size(), "the file's blank lines dropped, as when the window opens it");
    }

    @Test
    void aDraftExportsWithTheLargePrintPreset() throws Exception {
        Path draft = dir.resolve("讲话.sdraft");
        new DraftCodec().write(draft, Draft.of(List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在表彰大会上的讲话"),
                DraftParagraph.of(ParagraphLevel.BODY, "向受表彰的先进集体和个人表示热烈祝贺！"))));
        Path out = dir.resolve("大字版.docx");

        CliResult result = CliResult.run("export", draft.toString(), "--preset", "large-print", "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().contains("讲话稿大字版"), result.out());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("36", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getSzArray(0).getVal().toString(),
                    "小二");
        }
    }

    @Test
    void aRevisionCopyMarksTheChangesSinceASnapshotAsWordRevisionsSignedByTheSettingsUser() throws Exception {
        Path draft = dir.resolve("讲话.sdraft");
        Draft sent = Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金12亿元。")));
        new DraftCodec().write(draft, sent.withParagraphs(List.of(DraftParagraph.of(ParagraphLevel.BODY, "全年投入资金15亿元。")))
                .withSnapshots(List.of(new org.speechdraft.core.model.Snapshot("送审稿", java.time.Instant.now(),
                        sent.paragraphs()))));
        new org.speechdraft.core.storage.SettingsStore(AppHome.resolve())
                .save(org.speechdraft.core.storage.Settings.DEFAULT.withUserName("李秘书"));
        Path out = dir.resolve("修订稿.docx");

        CliResult result = CliResult.run("export", draft.toString(), "-o", out.toString(), "--against", "送审稿");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("修订稿：相对“送审稿”的 1 处改动已标为修订，署名“李秘书”。"), result.out());
        String xml = documentXml(out);
        assertTrue(xml.matches("(?s).*<w:del [^>]*w:author=\"李秘书\".*<w:delText[^>]*>12</w:delText>.*"), xml);
        assertTrue(xml.matches("(?s).*<w:ins [^>]*w:author=\"李秘书\".*<w:t[^>]*>15</w:t>.*"), xml);
    }

    @Test
    void aRevisionCopyAgainstAFileAndAnAuthorGiven() throws Exception {
        Path base = Files.writeString(dir.resolve("局长那份.txt"), "要加强领导。\n", StandardCharsets.UTF_8);
        Path draft = dir.resolve("讲话.sdraft");
        new DraftCodec().write(draft, Draft.of(List.of(DraftParagraph.of(ParagraphLevel.BODY, "要切实加强领导。"))));
        Path out = dir.resolve("修订稿.docx");

        CliResult result = CliResult.run("export", draft.toString(), "-o", out.toString(), "--against", base.toString(),
                "--author", "王科长");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(documentXml(out).contains("w:author=\"王科长\""));
        CliResult missing = CliResult.run("export", draft.toString(), "-o", out.toString(), "--against", "没有这个版本");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("无法读取对照版本“没有这个版本”"), missing.err());
    }

    private static String documentXml(Path docx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTxtOutputIsPlainUtf8Text() throws IOException {
        Path out = dir.resolve("纯文本.txt");

        CliResult result = CliResult.run("export", gbkSpeech().toString(), "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("纯文本"), result.out());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("在全县春耕备耕工作会议上的讲话", lines.get(0));
        assertEquals(9, lines.size());
    }

    @Test
    void strictWritesNothingWhilePlaceholdersRemain() throws IOException {
        Path out = dir.resolve("讲话.docx");

        CliResult result = CliResult.run("export", gbkSpeech().toString(), "-o", out.toString(), "--strict");

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains("“XX”"), result.err());
        assertTrue(result.err().contains("未导出"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void strictExportsAFinishedSpeech() throws IOException {
        Path in = Files.writeString(dir.resolve("定稿.txt"), SPEECH.replace("XX", "3.2"));
        Path out = dir.resolve("定稿.docx");

        CliResult result = CliResult.run("export", in.toString(), "--strict", "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void anUnknownPresetIsAUsageErrorListingThePresets() throws Exception {
        new ExportPresetStore(AppHome.resolve()).save(BuiltInPresets.gongwen().withId("县委办", "县委办格式"));

        CliResult result = CliResult.run("export", gbkSpeech().toString(), "-o", dir.resolve("a.docx").toString(),
                "--preset", "gongwen2");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("“gongwen2”"), result.err());
        assertTrue(result.err().contains("gongwen（公文标准）、large-print（讲话稿大字版）、县委办（县委办格式）"), result.err());
        assertFalse(Files.exists(dir.resolve("a.docx")));
    }

    @Test
    void aSavedUserPresetCanBeNamed() throws Exception {
        new ExportPresetStore(AppHome.resolve()).save(BuiltInPresets.largePrint().withId("县委办", "县委办格式"));
        Path out = dir.resolve("a.docx");

        CliResult result = CliResult.run("export", gbkSpeech().toString(), "--preset", "县委办", "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("县委办格式"), result.out());
    }

    @Test
    void aMissingInputFileFailsWithExitCodeOne() {
        Path out = dir.resolve("a.docx");

        CliResult result = CliResult.run("export", dir.resolve("没有.txt").toString(), "-o", out.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("找不到文件"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnwritableOutputFailsWithExitCodeOneAndAChineseReason() throws IOException {
        Path blocker = Files.writeString(dir.resolve("文件"), "x");

        CliResult result = CliResult.run("export", gbkSpeech().toString(), "-o", blocker.resolve("a.docx").toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("未能导出“a.docx”"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void wrongCommandLinesAreUsageErrors() throws IOException {
        String in = gbkSpeech().toString();
        assertEquals(2, CliResult.run("export", in).exitCode(), "no -o");
        assertTrue(CliResult.run("export", in).err().contains("-o"));
        assertEquals(2, CliResult.run("export", in, "-o").exitCode(), "-o without a file");
        assertEquals(2, CliResult.run("export", in, "-o", dir.resolve("a.pdf").toString()).exitCode());
        assertTrue(CliResult.run("export", in, "-o", "a.pdf").err().contains(".docx"));
        assertEquals(2, CliResult.run("export", in, "-o", "a.docx", "--fast").exitCode());
        assertEquals(2, CliResult.run("export", "-o", "a.docx").exitCode(), "no input");
        assertEquals(2, CliResult.run("export", in, "-o", in).exitCode(), "the input itself");
        assertEquals(SPEECH, new String(Files.readAllBytes(Path.of(in)), Charset.forName("GBK")), "left alone");
    }

    @Test
    void theHelpListsExportAfterPlaceholders() {
        String help = CliResult.run("--help").out();

        assertTrue(help.indexOf("export") > help.indexOf("placeholders"), help);
    }
}
