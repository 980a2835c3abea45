package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

    @Test
    void noArgumentsOrASingleExistingFileOpensTheWindow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path draft = java.nio.file.Files.writeString(dir.resolve("2025 年终总结.sdraft"), "{}");
        assertFalse(Cli.handles(new String[0]));
        assertFalse(Cli.handles(new String[] {draft.toString()}));
    }

    @Test
    void aMissingFileIsReportedInsteadOfOpeningAWindow() {
        assertTrue(Cli.handles(new String[] {"不存在的讲话.sdraft"}));
        CliResult result = CliResult.run("不存在的讲话.sdraft");
        assertEquals(1, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains("找不到文件“不存在的讲话.sdraft”"), result.err());
    }

    @Test
    void commandsAndOptionsRunHeadless() {
        assertTrue(Cli.handles(new String[] {"--help"}));
        assertTrue(Cli.handles(new String[] {"-V"}));
        assertTrue(Cli.handles(new String[] {"help"}));
        assertTrue(Cli.handles(new String[] {"text"}));
        assertTrue(Cli.handles(new String[] {"text", "讲话.sdraft"}));
        assertTrue(Cli.handles(new String[] {"--no-such-option"}));
        assertTrue(Cli.handles(new String[] {"甲.sdraft", "乙.sdraft"}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpExplainsTheProgramTheWindowAndEveryCommand(String option) {
        CliResult result = CliResult.run(option);

        assertEquals(0, result.exitCode());
        assertEquals("", result.err());
        assertTrue(result.out().contains("SpeechDraft 讲稿"), result.out());
        assertTrue(result.out().contains("java -jar speechdraft.jar [文稿.sdraft]"), result.out());
        for (CliCommand command : Cli.commands()) {
            assertTrue(result.out().contains(String.join(", ", command.names())), result.out());
            assertTrue(result.out().contains(command.description()), result.out());
        }
        assertTrue(result.out().contains("text <文件>"), result.out());
    }

    @Test
    void helpDescriptionsLineUpInOneColumn() {
        String help = CliResult.run("--help").out();
        int column = -1;
        for (CliCommand command : Cli.commands()) {
            String line = help.lines().filter(l -> l.contains(command.description())).findFirst().orElseThrow();
            int start = HelpTable.displayWidth(line.substring(0, line.indexOf(command.description())));
            assertTrue(column == -1 || column == start, help);
            column = start;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void versionPrintsTheProductNameAndVersion(String option) {
        CliResult result = CliResult.run(option);

        assertEquals(0, result.exitCode());
        assertEquals("", result.err());
        // 开发版 until Maven filters version.properties, the project version afterwards.
        assertTrue(result.out().strip().matches("SpeechDraft 讲稿 (开发版|\\d+\\.\\d+.*)"), result.out());
    }

    @Test
    void unknownCommandIsAUsageErrorInChinese() {
        CliResult result = CliResult.run("outlin");

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("speechdraft: 未知命令“outlin”。运行 speechdraft --help 查看用法。", result.err().strip());
    }

    @Test
    void noCommandAtAllIsAUsageError() {
        CliResult result = CliResult.run();

        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("speechdraft: "), result.err());
    }
}
