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

class OutlineCommandTest {

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
    void jsonGivesLinesAndCodePointOffsetsInTheDecodedText() throws Exception {
        // 𠀋 is one code point but two Java chars; the BOM is not counted; lines end in CRLF.
        String text = "在全县春耕生产现场会上的讲话\r\n同志们：𠀋\r\n下面，我讲两点意见。\r\n一、抓好当前工作\r\n"
                + "春耕不等人。（一）备足农资。化肥要早调运。\r\n二、谋划长远发展\r\n";
        Path file = utf8WithBom("春耕.txt", text);

        CliResult result = CliResult.run("outline", file.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        JsonNode root = JSON.readTree(result.out());
        assertEquals("在全县春耕生产现场会上的讲话", root.get("title").asText());
        JsonNode headings = root.get("headings");
        assertEquals(3, headings.size());
        assertHeading(headings.get(0), 1, "一、", "抓好当前工作", 4, text.codePointCount(0, text.indexOf("一、")));
        assertHeading(headings.get(1), 2, "（一）", "备足农资", 5, text.codePointCount(0, text.indexOf("（一）")));
        assertHeading(headings.get(2), 1, "二、", "谋划长远发展", 6, text.codePointCount(0, text.indexOf("二、")));
        assertEquals(text.indexOf("一、") - 1, headings.get(0).get("offset").asInt(), "the supplementary character counts once");
    }

    private static void assertHeading(JsonNode heading, int level, String marker, String text, int line, int offset) {
        assertEquals(level, heading.get("level").asInt(), heading.toString());
        assertEquals(marker, heading.get("marker").asText(), heading.toString());
        assertEquals(text, heading.get("text").asText(), heading.toString());
        assertEquals(line, heading.get("line").asInt(), heading.toString());
        assertEquals(offset, heading.get("offset").asInt(), heading.toString());
    }

    @Test
    void jsonOfADraftHasNullForNoTitleAndForAHeadingWithoutMarker() throws Exception {
        Path file = dir.resolve("提纲.sdraft");
        new DraftCodec().write(file, Draft.of(List.of(
                DraftParagraph.of(ParagraphLevel.SALUTATION, "同志们："),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "总体要求"),
                DraftParagraph.of(ParagraphLevel.BODY, "要坚持稳中求进。（一）稳增长。要扩大有效投资。"))));

        CliResult result = CliResult.run("outline", file.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode root = JSON.readTree(result.out());
        assertTrue(root.get("title").isNull(), result.out());
        JsonNode first = root.get("headings").get(0);
        assertTrue(first.get("marker").isNull(), result.out());
        assertEquals("总体要求", first.get("text").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals("同志们：\n".length(), first.get("offset").asInt());
        JsonNode second = root.get("headings").get(1);
        assertEquals(2, second.get("level").asInt());
        assertEquals(3, second.get("line").asInt());
        assertEquals("同志们：\n总体要求\n要坚持稳中求进。".length(), second.get("offset").asInt());
    }

    @Test
    void withoutJsonItPrintsAnIndentedOutline() throws IOException {
        Path file = Files.write(dir.resolve("旧稿.txt"), "一、统一思想\n（一）提高认识\n1.学深悟透\n二、狠抓落实\n"
                .getBytes(Charset.forName("GBK")));

        CliResult result = CliResult.run("outline", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("一、统一思想" + NL + "  （一）提高认识" + NL + "    1.学深悟透" + NL + "二、狠抓落实" + NL, result.out());
    }

    @Test
    void checkListsTheProblemsWithTheirLinesAndSucceeds() throws IOException {
        Path file = utf8WithBom("问题.txt", "下面，我讲三点意见。\n一、肯定成绩\n三、部署任务\n");

        CliResult result = CliResult.run("outline", file.toString(), "--check");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("第1行：开头预告了三点，但正文有2个一级标题。" + NL
                + "第3行：编号不连续：“一、”之后应是“二、”，这里是“三、”。" + NL, result.out());
    }

    @Test
    void checkSaysSoWhenThereIsNothingWrong() throws IOException {
        Path file = Files.writeString(dir.resolve("好稿.txt"), "一、肯定成绩\n二、部署任务\n");

        CliResult result = CliResult.run("outline", "--check", file.toString());

        assertEquals(0, result.exitCode());
        assertEquals("没有发现编号问题。" + NL, result.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliResult result = CliResult.run("outline", "讲话.txt", "--xml");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("speechdraft: 未知选项“--xml”。用法：speechdraft outline <文件> [--json] [--check]", result.err().strip());
    }

    @Test
    void noFileOrTwoFilesIsAUsageError() {
        assertEquals(2, CliResult.run("outline").exitCode());
        assertEquals(2, CliResult.run("outline", "--json").exitCode());
        assertEquals(2, CliResult.run("outline", "甲.txt", "乙.txt").exitCode());
    }

    @Test
    void aMissingFileIsAFailureWithAChineseMessage() {
        String missing = dir.resolve("不存在.txt").toString();

        CliResult result = CliResult.run("outline", missing, "--json");

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("speechdraft: 找不到文件“" + missing + "”。", result.err().strip());
    }

    @Test
    void aBrokenDraftIsAFailure() throws IOException {
        Path file = Files.writeString(dir.resolve("坏稿.sdraft"), "{不是文稿");

        CliResult result = CliResult.run("outline", file.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("speechdraft: ") && result.err().contains("坏稿.sdraft"), result.err());
    }
}
