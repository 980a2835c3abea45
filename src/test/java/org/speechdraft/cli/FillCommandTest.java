package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.storage.DraftCodec;

class FillCommandTest {

    private static final String NL = System.lineSeparator();
    private static final TextStyle BOLD = TextStyle.EMPTY.withBold(true);

    @TempDir
    Path dir;

    private final DraftCodec codec = new DraftCodec();

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("数据.csv"), text);
    }

    @Test
    void aGbkTextFilledFromCsvKeepsItsLinesAndLineBreaksAndReportsWhatIsLeft() throws IOException {
        Path speech = Files.write(dir.resolve("讲话.txt"), ("在{{会议名称}}上的讲话\r\n\r\n同志们：\r\n"
                + "三年来，累计投入资金XX亿元，新建**所学校。\r\n").getBytes(Charset.forName("GBK")));
        Path values = csv("字段,数值\n会议名称,全县教育工作会议\n投入资金（亿元）,12.5亿元\n参会人数,300\n");
        Path out = dir.resolve("讲话-已填.txt");

        CliResult result = CliResult.run("fill", speech.toString(), "--values", values.toString(), "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals("在全县教育工作会议上的讲话\r\n\r\n同志们：\r\n三年来，累计投入资金12.5亿元，新建**所学校。\r\n",
                Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("已填入 2 处数据，写入“" + out + "”。" + NL
                + "未匹配：参会人数 = 300" + NL
                + "仍有 1 处待填：" + NL
                + "第4行：新建 ▸ ** ▸ 所（数量）  …金12.5亿元，新建**所学校…" + NL, result.err());
    }

    @Test
    void aDraftKeepsEverythingAndRemembersTheFilledValues() throws Exception {
        Snapshot snapshot = new Snapshot("初稿", Instant.parse("2025-03-01T08:00:00Z"),
                List.of(DraftParagraph.of(ParagraphLevel.TITLE, "讲话（初稿）")));
        DraftMeta meta = new DraftMeta("在全县教育工作会议上的讲话", "全县教育工作会议", "县长", LocalDate.of(2025, 3, 1));
        Draft draft = new Draft(meta, List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在全县教育工作会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、XX年来的成绩"),
                new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("累计投入资金"),
                        new StyledRun("XX", BOLD), StyledRun.plain("亿元，同比增长XX%。")))),
                Map.of("会议名称", "全县教育工作会议"), List.of(snapshot));
        Path speech = dir.resolve("讲话.sdraft");
        codec.write(speech, draft);
        Path values = Files.writeString(dir.resolve("数据.json"), "{\"投入资金\": 12.5, \"增长\": \"8.5%\"}");
        Path out = dir.resolve("讲话-已填.sdraft");

        CliResult result = CliResult.run("fill", "--values", values.toString(), speech.toString(), "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        Draft filled = codec.read(out);
        assertEquals(meta, filled.meta());
        assertEquals(List.of(snapshot), filled.snapshots());
        assertEquals(draft.paragraphs().subList(0, 2), filled.paragraphs().subList(0, 2));
        assertEquals(new DraftParagraph(ParagraphLevel.BODY, List.of(StyledRun.plain("累计投入资金"),
                new StyledRun("12.5", BOLD), StyledRun.plain("亿元，同比增长8.5%。"))), filled.paragraphs().get(2));
        assertEquals(Map.of("会议名称", "全县教育工作会议", "投入资金▸XX▸亿元@2", "12.5", "增长▸XX▸%@2", "8.5"),
                filled.placeholderValues());
        assertTrue(result.err().contains("已填入 2 处数据"), result.err());
        assertTrue(result.err().contains("第2行：XX ▸ 年"), result.err());
    }

    @Test
    void aTextWrittenAsADraftIsOpenedAsTheWindowOpensIt() throws Exception {
        Path speech = Files.writeString(dir.resolve("讲话.txt"), "  同志们：\n\n\u3000\u3000累计投入资金XX亿元。\n");
        Path out = dir.resolve("讲话.sdraft");

        CliResult result = CliResult.run("fill", speech.toString(), "--values", csv("投入资金,12.5\n").toString(),
                "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of(DraftParagraph.of(ParagraphLevel.BODY, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "累计投入资金12.5亿元。")), codec.read(out).paragraphs());
        assertTrue(result.err().endsWith("待填数据已全部填完。" + NL), result.err());
    }

    @Test
    void valuesFromAWorkbookFillWithoutLibraryNoiseOnStderr() throws IOException {
        Path speech = Files.writeString(dir.resolve("讲话.txt"), "新建**所学校，参会XX人。\n");
        Path values = dir.resolve("数据.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(values)) {
            var row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue("新建（所）");
            row.createCell(1).setCellValue(3.0);
            workbook.write(stream);
        }
        Path out = dir.resolve("讲话-已填.txt");

        CliResult result = CliResult.run("fill", speech.toString(), "--values", values.toString(), "-o", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("新建3所学校，参会XX人。\n", Files.readString(out));
        assertTrue(result.err().startsWith("已填入 1 处数据"), result.err());
        assertFalse(result.err().contains("Log4j"), result.err());
    }

    @Test
    void theInputIsNeverOverwrittenAndAnotherFileOnlyWithForce() throws IOException {
        Path speech = Files.writeString(dir.resolve("讲话.txt"), "累计投入资金XX亿元。\n");
        Path values = csv("投入资金,12.5\n");

        CliResult self = CliResult.run("fill", speech.toString(), "--values", values.toString(),
                "-o", dir.resolve(".").resolve("讲话.txt").toString(), "--force");
        assertEquals(1, self.exitCode());
        assertTrue(self.err().contains("就是要填写的文件本身"), self.err());
        assertEquals("累计投入资金XX亿元。\n", Files.readString(speech));

        Path out = Files.writeString(dir.resolve("旧稿.txt"), "旧的内容");
        CliResult refused = CliResult.run("fill", speech.toString(), "--values", values.toString(), "-o", out.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("speechdraft: 输出文件“" + out + "”已经存在，没有覆盖它。确要覆盖，请加上 --force。" + NL, refused.err());
        assertEquals("旧的内容", Files.readString(out));

        CliResult forced = CliResult.run("fill", speech.toString(), "--values", values.toString(), "-o", out.toString(),
                "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("累计投入资金12.5亿元。\n", Files.readString(out));
    }

    @Test
    void aBadValueFileOrInputIsAFailureAndWritesNothing() throws IOException {
        Path speech = Files.writeString(dir.resolve("讲话.txt"), "累计投入资金XX亿元。\n");
        Path old = Files.write(dir.resolve("数据.xls"), new byte[] {1, 2, 3});
        Path out = dir.resolve("讲话-已填.txt");

        CliResult result = CliResult.run("fill", speech.toString(), "--values", old.toString(), "-o", out.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("speechdraft: “数据.xls”是旧版 Excel"), result.err());
        assertFalse(Files.exists(out));

        CliResult missing = CliResult.run("fill", dir.resolve("没有.txt").toString(), "--values", old.toString(),
                "-o", out.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("找不到文件"), missing.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        CliResult noValues = CliResult.run("fill", "讲话.txt", "-o", "出.txt");
        assertEquals(2, noValues.exitCode());
        assertTrue(noValues.err().contains("请指定要填写的文件、数据文件（--values）和输出文件（-o）"), noValues.err());

        CliResult noName = CliResult.run("fill", "讲话.txt", "--values", "数据.csv", "-o");
        assertEquals(2, noName.exitCode());
        assertTrue(noName.err().contains("选项“-o”后面缺少文件名"), noName.err());

        CliResult unknown = CliResult.run("fill", "讲话.txt", "--values", "数据.csv", "-o", "出.txt", "--json");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("未知选项“--json”"), unknown.err());

        assertEquals(2, CliResult.run("fill", "甲.txt", "乙.txt", "--values", "数据.csv", "-o", "出.txt").exitCode());
    }

    @Test
    void theHelpListsTheCommand() {
        assertTrue(CliResult.run("--help").out().contains("fill <文件> --values <数据文件> -o <输出文件> [--force]"));
    }
}
