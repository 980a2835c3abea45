package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonGivesCharsMinutesAndEachProblemWithLineAndOffset() throws Exception {
        Path file = dir.resolve("讲话.txt");
        Files.writeString(file, "同志们：\n一要提高认识,抓好落实。\n二要突出重点。\n二要强化保障。\n谢谢大家！", Charset.forName("GBK"));

        CliResult result = CliResult.run("check", file.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(29, json.get("chars").asInt());
        assertEquals(29 / 200.0, json.get("minutes").asDouble(), 0.05);
        assertEquals(1, json.get("pages").asInt(), "five short lines fill less than a 公文 page");
        JsonNode first = json.get("problems").get(0);
        assertEquals("half_width_punctuation", first.get("kind").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals("同志们：\n一要提高认识".length(), first.get("offset").asInt());
        assertTrue(json.get("problems").toString().contains("\"kind\":\"numbering\""), json.toString());
    }

    @Test
    void theReadableReportEndsWithASummary() throws Exception {
        Path file = dir.resolve("讲话.txt");
        Files.writeString(file, "这是我们的的任务。");

        CliResult result = CliResult.run("check", file.toString());

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("第1行 [重复字词]"), result.out());
        assertTrue(result.out().contains("共 1 处问题"), result.out());
        assertTrue(result.out().contains("按公文标准排版共 1 页"), result.out());
    }

    @Test
    void thePagesAreCountedOnThe22LineGrid() throws Exception {
        Path file = dir.resolve("长稿.txt");
        Files.writeString(file, "办学条件明显改善。\n".repeat(45)); // 45 one-line paragraphs: 22 + 22 + 1

        CliResult result = CliResult.run("check", file.toString(), "--json");

        assertEquals(3, new ObjectMapper().readTree(result.out()).get("pages").asInt());
    }

    @Test
    void aMissingFileIsAFailureWithAChineseMessage() {
        CliResult result = CliResult.run("check", dir.resolve("没有.txt").toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("没有.txt"), result.err());
    }
}
