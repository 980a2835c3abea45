package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.DraftCodec;

class DiffCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path draft(String name, String... paragraphs) throws Exception {
        Path file = dir.resolve(name);
        new DraftCodec().write(file, Draft.of(List.of(paragraphs).stream()
                .map(p -> DraftParagraph.of(ParagraphLevel.BODY, p)).toList()));
        return file;
    }

    private Path text(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void sameTextIsExitZeroEvenAcrossFormats() throws Exception {
        Path a = draft("初稿.sdraft", "同志们：", "今年投入资金12亿元。");
        Path b = text("初稿.txt", "同志们：\n\n今年投入资金12亿元。\n");

        CliResult result = CliResult.run("diff", a.toString(), b.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("两个版本的内容相同。" + NL, result.out());
    }

    @Test
    void changesArePrintedPerParagraphWithMarkersAndExitOne() throws Exception {
        Path a = draft("初稿.sdraft", "同志们：", "今年投入资金12亿元，新建学校3所。", "一、压实安全责任", "谢谢大家！");
        Path b = draft("二稿.sdraft", "同志们：", "今年投入资金15亿元，新建学校3所。", "会后请大家抓好落实。", "谢谢大家！");

        CliResult result = CliResult.run("diff", a.toString(), b.toString());

        assertEquals(1, result.exitCode(), result.err());
        assertEquals("第2段：今年投入资金[-12-]{+15+}亿元，新建学校3所。" + NL
                + "第3段，仅见于 初稿.sdraft：[-一、压实安全责任-]" + NL
                + "第3段，仅见于 二稿.sdraft：{+会后请大家抓好落实。+}" + NL
                + "共 3 处改动。" + NL, result.out());
        assertEquals("", result.err());
    }

    @Test
    void aParagraphThatMovedDownShowsBothNumbers() throws Exception {
        Path a = draft("a.sdraft", "今年投入资金12亿元。", "谢谢大家！");
        Path b = draft("b.sdraft", "同志们：", "今年投入资金12.5亿元。", "谢谢大家！");

        CliResult result = CliResult.run("diff", a.toString(), b.toString());

        assertTrue(result.out().contains("第1段（B 中第2段）：今年投入资金[-12-]{+12.5+}亿元。"), result.out());
    }

    @Test
    void aLongParagraphIsShownAroundItsChangesOnly() throws Exception {
        String before = "各级各部门要把安全生产摆在更加突出的位置，".repeat(4);
        String after = "坚决守住不发生重大事故的底线，确保人民群众生命财产安全。".repeat(4);
        Path a = draft("a.sdraft", before + "全年投入资金12亿元。" + after);
        Path b = draft("b.sdraft", before + "全年投入资金15亿元。" + after);

        String line = CliResult.run("diff", a.toString(), b.toString()).out().lines().findFirst().orElseThrow();

        assertEquals("第1段：…" + (before + "全年投入资金").substring((before + "全年投入资金").length() - 30)
                + "[-12-]{+15+}" + ("亿元。" + after).substring(0, 30) + "…", line);
    }

    @Test
    void onATerminalTheMarkersAreColoured() throws Exception {
        Path a = draft("a.sdraft", "坚决守住底线。");
        Path b = draft("b.sdraft", "坚决守住安全底线。");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new DiffCommand(() -> true).run(List.of(a.toString(), b.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertEquals(1, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("坚决守住\u001B[32m{+安全+}\u001B[0m底线。"));
    }

    @Test
    void anUnreadableFileIsTroubleInChinese() throws Exception {
        Path a = draft("a.sdraft", "同志们：");
        Path fake = text("修改稿.docx", "不是 Word 文档");

        CliResult result = CliResult.run("diff", a.toString(), fake.toString());

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("speechdraft: ") && result.err().contains("修改稿.docx"), result.err());
    }

    @Test
    void oneFileIsAUsageError() {
        CliResult result = CliResult.run("diff", "a.txt");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("speechdraft diff <文件A> <文件B>"), result.err());
    }

    @Test
    void theHelpListsDiffWithItsExitCodes() {
        assertTrue(CliResult.run("--help").out().contains("diff <文件A> <文件B>"));
        assertTrue(CliResult.run("--help").out().contains("0 相同，1 有不同，2"));
    }
}
