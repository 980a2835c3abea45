package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsRememberNothing() {
        assertNull(Settings.DEFAULT.window());
        assertEquals(List.of(), Settings.DEFAULT.recentFiles());
        assertNull(Settings.DEFAULT.lastDirectory());
    }

    @Test
    void latestOpenedFileComesFirstWithoutDuplicates() {
        Path a = dir.resolve("年中讲话.sdraft");
        Path b = dir.resolve("年终讲话.sdraft");

        Settings settings = Settings.DEFAULT.withRecentFile(a).withRecentFile(b).withRecentFile(a);

        assertEquals(List.of(a, b), settings.recentFiles());
    }

    @Test
    void sameFileSpelledDifferentlyIsOneEntry() {
        Path file = dir.resolve("讲话.sdraft");
        Path detour = dir.resolve("子目录").resolve("..").resolve("讲话.sdraft");

        Settings settings = Settings.DEFAULT.withRecentFile(file).withRecentFile(detour);

        assertEquals(List.of(file), settings.recentFiles());
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        Settings settings = Settings.DEFAULT.withRecentFile(Path.of("讲话.sdraft"));

        assertEquals(Path.of("讲话.sdraft").toAbsolutePath(), settings.recentFiles().get(0));
    }

    @Test
    void onlyTheMostRecentTenAreKept() {
        Settings settings = Settings.DEFAULT;
        for (int i = 1; i <= 12; i++) {
            settings = settings.withRecentFile(dir.resolve("第" + i + "稿.sdraft"));
        }

        List<Path> expected = IntStream.iterate(12, i -> i - 1).limit(Settings.MAX_RECENT)
                .mapToObj(i -> dir.resolve("第" + i + "稿.sdraft")).toList();
        assertEquals(expected, settings.recentFiles());
    }

    @Test
    void removedFileDisappearsAndOthersStay() {
        Path a = dir.resolve("a.sdraft");
        Path b = dir.resolve("b.sdraft");

        Settings settings = Settings.DEFAULT.withRecentFile(a).withRecentFile(b).withoutRecentFile(a);

        assertEquals(List.of(b), settings.recentFiles());
    }

    @Test
    void windowAndLastDirectoryAreRemembered() {
        WindowBounds bounds = new WindowBounds(10, 20, 1200, 800, true);

        Settings settings = Settings.DEFAULT.withWindow(bounds).withLastDirectory(dir);

        assertEquals(bounds, settings.window());
        assertEquals(dir, settings.lastDirectory());
    }
}
