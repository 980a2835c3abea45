package org.speechdraft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.storage.AppHome;

/**
 * A command-line run starts a fresh JVM, so what it loads is what the user waits for: a command
 * must not load the libraries only other commands need. Each case runs the real entry point in a
 * child JVM and lists the classes it loaded.
 */
class CliStartupTest {

    /** Jackson (JSON files), Apache POI and XMLBeans (spreadsheets): a good part of a second to load. */
    private static final List<String> HEAVY = List.of("com.fasterxml.", "org.apache.poi.", "org.apache.xmlbeans.",
            "org.openxmlformats.");

    @TempDir
    Path dir;

    @Test
    void versionAndHelpLoadNoLibrary() throws Exception {
        assertEquals(List.of(), heavyClassesLoadedBy("--version"));
        assertEquals(List.of(), heavyClassesLoadedBy("--help"));
    }

    @Test
    void exportingATextFileToWordLoadsNoLibrary() throws Exception {
        Path speech = Files.writeString(dir.resolve("讲话.txt"), "在全县大会上的讲话\n同志们：\n一、抓好落实\n要抓好落实。\n");
        Path out = dir.resolve("讲话.docx");

        List<String> loaded = heavyClassesLoadedBy("export", speech.toString(), "-o", out.toString(),
                "--preset", "large-print");

        assertEquals(List.of(), loaded);
        assertTrue(Files.size(out) > 0);
    }

    /** The heavy classes the jar's entry point loads for {@code args}, run as {@code java -cp … Launcher}. */
    private List<String> heavyClassesLoadedBy(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String home = "-D" + AppHome.SYSTEM_PROPERTY + "=" + dir.resolve("home");
        List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:stdout", home,
                "-cp", System.getProperty("java.class.path"), "org.speechdraft.Launcher"));
        command.addAll(List.of(args));
        Path log = dir.resolve("classes.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command did not finish");
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        assertEquals(0, process.exitValue(), tail);
        return lines.stream().filter(line -> line.contains("[class,load]"))
                .map(line -> line.replaceFirst(".*\\[class,load\\] ", "").replaceFirst(" source:.*", ""))
                .filter(name -> HEAVY.stream().anyMatch(name::startsWith))
                .toList();
    }
}
