package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
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

class PlaceholdersCommandTest {

    private static final String NL = System.lineSeparator();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path utf8WithBom(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void jsonGivesEachPlaceholderWithLineAndCodePointOffset() throws Exception {
        // 𠀋 is one code point but two Java chars; the BOM is not counted; lines end in CRLF.
        String text = "在全县水利工作会议上的讲话\r\n同志们：𠀋\r\n三年来，累计投入资金XX亿元，新建**座水厂。\r\n"
                + "农民人均收入增长%。\r\n";
        Path file = utf8WithBom("水利.txt", text);

        CliResult result = CliResult.run("placeholders", file.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode root = JSON.readTree(result.out());
        assertEquals(List.of("placeholders", "suspected"), List.copyOf(iterable(root.fieldNames())));
        JsonNode amount = root.get("placeholders").get(0);
        assertEquals(List.of("text", "kind", "label", "unit", "line", "offset", "context"),
                List.copyOf(iterable(amount.fieldNames())));
        assertEquals("XX", amount.get("text").asText());
        assertEquals("amount", amount.get("kind").asText());
        assertEquals("投入资金", amount.get("label").asText());
        assertEquals("亿元", amount.get("unit").asText());
        assertEquals(3, amount.get("line").asInt());
        assertEquals(text.codePointCount(0, text.indexOf("XX")), amount.get("offset").asInt());
        assertEquals(text.indexOf("XX") - 1, amount.get("offset").asInt(), "the supplementary character counts once");
        assertEquals("三年来，累计投入资金XX亿元，新建**座水厂", amount.get("context").asText());
        JsonNode count = root.get("placeholders").get(1);
        assertEquals("count", count.get("kind").asText());
        assertEquals("座", count.get("unit").asText());
        JsonNode gap = root.get("suspected").get(0);
        assertEquals("", gap.get("text").asText());
        assertEquals("percent", gap.get("kind").asText());
        assertEquals("增长", gap.get("label").asText());
        assertEquals(4, gap.get("line").asInt());
        assertEquals(text.codePointCount(0, text.indexOf("%")), gap.get("offset").asInt());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new java.util.ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

    @Test
    void aDraftIsReadAsItsParagraphsJoinedByNewlines() throws Exception {
        Path file = dir.resolve("讲话.sdraft");
        new DraftCodec().write(file, Draft.of(List.of(
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.BODY, "{{会议名称}}今天召开。"),
                DraftParagraph.of(ParagraphLevel.BODY, "全年完成投资XX亿元。"))));

        CliResult result = CliResult.run("placeholders", "--json", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode placeholders = JSON.readTree(result.out()).get("placeholders");
        assertEquals(2, placeholders.size());
        assertEquals("{{会议名称}}", placeholders.get(0).get("text").asText());
        assertEquals("name", placeholders.get(0).get("kind").asText());
        assertEquals(2, placeholders.get(0).get("line").asInt());
        assertEquals("同志们：\n".length(), placeholders.get(0).get("offset").asInt());
        assertEquals(3, placeholders.get(1).get("line").asInt());
        assertEquals("同志们：\n{{会议名称}}今天召开。\n全年完成投资".length(), placeholders.get(1).get("offset").asInt());
    }

    @Test
    void withoutJsonItListsLabelPlaceholderUnitKindAndContextInChinese() throws IOException {
        Path file = Files.write(dir.resolve("旧稿.txt"), "同志们：\n今年新建XX座水厂，工业产值增长%。\n谱写XX发展新篇章。\n"
                .getBytes(Charset.forName("GBK")));

        CliResult result = CliResult.run("placeholders", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("第2行：新建 ▸ XX ▸ 座（数量）  …今年新建XX座水厂，工业产值增长…" + NL
                + "第3行：谱写 ▸ XX（未知）  …谱写XX发展新篇章…" + NL
                + "疑似缺数（数字可能被删掉了）：" + NL
                + "第2行：增长 ▸ □ ▸ %（百分比）  …座水厂，工业产值增长%…" + NL
                + "共 2 处待填数据，1 处疑似缺数。" + NL, result.out());
    }

    @Test
    void aFileWithoutPlaceholdersSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("定稿.txt"), "同志们：\n谢谢大家！\n");

        CliResult result = CliResult.run("placeholders", file.toString());

        assertEquals(0, result.exitCode());
        assertEquals("共 0 处待填数据，0 处疑似缺数。" + NL, result.out());
        assertEquals("{\"placeholders\":[],\"suspected\":[]}",
                CliResult.run("placeholders", file.toString(), "--json").out().strip());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliResult result = CliResult.run("placeholders", "讲话.txt", "--csv");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("speechdraft: 未知选项“--csv”。用法：speechdraft placeholders <文件> [--json]", result.err().strip());
    }

    @Test
    void noFileOrTwoFilesIsAUsageError() {
        assertEquals(2, CliResult.run("placeholders").exitCode());
        assertEquals(2, CliResult.run("placeholders", "--json").exitCode());
        assertEquals(2, CliResult.run("placeholders", "甲.txt", "乙.txt").exitCode());
    }

    @Test
    void aMissingFileIsAFailureWithAChineseMessage() {
        String missing = dir.resolve("不存在.txt").toString();

        CliResult result = CliResult.run("placeholders", missing, "--json");

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("speechdraft: 找不到文件“" + missing + "”。", result.err().strip());
    }

    @Test
    void aBrokenDraftIsAFailure() throws IOException {
        Path file = Files.writeString(dir.resolve("坏稿.sdraft"), "{不是文稿");

        CliResult result = CliResult.run("placeholders", file.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("speechdraft: ") && result.err().contains("坏稿.sdraft"), result.err());
    }

    @Test
    void theHelpListsTheCommand() {
        assertTrue(CliResult.run("--help").out().contains("placeholders <文件> [--json]"));
    }
}
