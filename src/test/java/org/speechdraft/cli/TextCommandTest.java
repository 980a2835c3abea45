package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;
import org.speechdraft.core.storage.DraftCodec;

class TextCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void printsEachParagraphOfADraftOnItsOwnLine() throws Exception {
        Path file = dir.resolve("座谈会讲话.sdraft");
        new DraftCodec().write(file, Draft.of(List.of(
                DraftParagraph.of(ParagraphLevel.TITLE, "在青年干部座谈会上的讲话"),
                DraftParagraph.of(ParagraphLevel.HEADING_1, "一、练好基本功"),
                new DraftParagraph(ParagraphLevel.BODY, List.of(
                        StyledRun.plain("多下基层，"),
                        new StyledRun("多听意见", TextStyle.EMPTY.withBold(true)),
                        StyledRun.plain("。"))))));

        CliResult result = CliResult.run("text", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("在青年干部座谈会上的讲话" + NL + "一、练好基本功" + NL + "多下基层，多听意见。" + NL, result.out());
        assertEquals("", result.err());
    }

    @Test
    void garbageDraftFailsWithTheStorageMessageAndNoOutput() throws IOException {
        Path file = dir.resolve("损坏.sdraft");
        Files.writeString(file, "这不是文稿 {]", StandardCharsets.UTF_8);

        CliResult result = CliResult.run("text", file.toString());

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("speechdraft: ") && result.err().contains("损坏.sdraft"), result.err());
    }

    @Test
    void missingDraftFailsWithTheStorageMessage() {
        CliResult result = CliResult.run("text", dir.resolve("没有这份稿.sdraft").toString());

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("speechdraft: ") && result.err().contains("没有这份稿.sdraft"), result.err());
    }

    @Test
    void printsAUtf8TextFileWithoutItsByteOrderMark() throws IOException {
        Path file = dir.resolve("提纲.txt");
        Files.writeString(file, "\uFEFF一、稳字当头\r\n二、进中求好\r\n", StandardCharsets.UTF_8);

        CliResult result = CliResult.run("text", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("一、稳字当头" + NL + "二、进中求好" + NL, result.out());
        assertEquals("", result.err());
    }

    @Test
    void missingFileFailsWithAChineseMessageAndNoOutput() {
        String missing = dir.resolve("不存在.txt").toString();

        CliResult result = CliResult.run("text", missing);

        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertEquals("speechdraft: 找不到文件“" + missing + "”。", result.err().strip());
    }

    @Test
    void textFileFromAnOldGbkSystemPrintsAsChinese() throws IOException {
        Path file = dir.resolve("旧稿.txt");
        Files.write(file, "同志们：\r\n一、肯定成绩".getBytes(Charset.forName("GBK")));

        CliResult result = CliResult.run("text", file.toString());

        assertEquals(0, result.exitCode());
        assertEquals("同志们：" + System.lineSeparator() + "一、肯定成绩" + System.lineSeparator(), result.out());
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CliResult result = CliResult.run("text");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("speechdraft: ") && result.err().contains("speechdraft text <文件>"),
                result.err());
    }

    @Test
    void moreThanOneFileIsAUsageError() {
        assertEquals(2, CliResult.run("text", "甲.txt", "乙.txt").exitCode());
    }
}
