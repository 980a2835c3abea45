package org.speechdraft.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must stay pure Java: the CLI and tests use it without a display. */
class CoreLayerTest {

    private static final Path CORE = Path.of("src/main/java/org/speechdraft/core");

    @Test
    void coreImportsNothingFromJavaFx() throws IOException {
        assertTrue(Files.isDirectory(CORE), "core sources not found from " + Path.of("").toAbsolutePath());
        List<String> offenders;
        try (Stream<Path> files = Files.walk(CORE)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(CoreLayerTest::mentionsJavaFx)
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders, "core classes must not use javafx");
    }

    @Test
    void coreDoesNotDependOnTheUiOrCli() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(CORE)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("org.speechdraft.ui") || read(f).contains("org.speechdraft.cli"))
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders, "core classes must not depend on the ui or cli layers");
    }

    private static boolean mentionsJavaFx(Path file) {
        return read(file).lines().anyMatch(l -> l.matches("\\s*import\\s+(static\\s+)?javafx\\..*")
                || l.contains("javafx.") && !l.trim().startsWith("//") && !l.trim().startsWith("*"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
