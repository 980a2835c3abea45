package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppHomeTest {

    @TempDir
    Path dir;

    @Test
    void systemPropertyWinsOverEnvironmentVariable() {
        Path fromProperty = dir.resolve("属性");
        Path fromEnvironment = dir.resolve("环境");

        AppHome home = AppHome.resolve(
                linux(Map.of(AppHome.SYSTEM_PROPERTY, fromProperty.toString())),
                lookup(Map.of(AppHome.ENVIRONMENT_VARIABLE, fromEnvironment.toString())));

        assertEquals(fromProperty, home.root());
    }

    @Test
    void environmentVariableWinsOverDefault() {
        Path fromEnvironment = dir.resolve("环境");

        AppHome home = AppHome.resolve(linux(Map.of()),
                lookup(Map.of(AppHome.ENVIRONMENT_VARIABLE, fromEnvironment.toString(), "XDG_DATA_HOME", "/xdg")));

        assertEquals(fromEnvironment, home.root());
    }

    @Test
    void blankOverridesCountAsUnset() {
        AppHome home = AppHome.resolve(linux(Map.of(AppHome.SYSTEM_PROPERTY, " ")),
                lookup(Map.of(AppHome.ENVIRONMENT_VARIABLE, "")));

        assertEquals(Path.of("/home/wang/.local/share/speechdraft"), home.root());
    }

    @Test
    void realSystemPropertyIsHonoured() {
        String before = System.getProperty(AppHome.SYSTEM_PROPERTY);
        System.setProperty(AppHome.SYSTEM_PROPERTY, dir.toString());
        try {
            assertEquals(dir, AppHome.resolve().root());
        } finally {
            if (before == null) {
                System.clearProperty(AppHome.SYSTEM_PROPERTY);
            } else {
                System.setProperty(AppHome.SYSTEM_PROPERTY, before);
            }
        }
    }

    @Test
    void linuxDefaultFollowsXdgDataHome() {
        assertEquals(Path.of("/data/wang/speechdraft"),
                AppHome.resolve(linux(Map.of()), lookup(Map.of("XDG_DATA_HOME", "/data/wang"))).root());
        assertEquals(Path.of("/home/wang/.local/share/speechdraft"),
                AppHome.resolve(linux(Map.of()), lookup(Map.of())).root());
        assertEquals(Path.of("/home/wang/.local/share/speechdraft"),
                AppHome.resolve(linux(Map.of()), lookup(Map.of("XDG_DATA_HOME", "relative/dir"))).root(),
                "relative XDG_DATA_HOME is ignored");
    }

    @Test
    void macDefaultIsApplicationSupport() {
        UnaryOperator<String> mac = lookup(Map.of("os.name", "Mac OS X", "user.home", "/Users/wang"));

        assertEquals(Path.of("/Users/wang/Library/Application Support/SpeechDraft"),
                AppHome.resolve(mac, lookup(Map.of())).root());
    }

    @Test
    void windowsDefaultIsAppData() {
        // Path syntax of the machine running the test; the rule is what matters.
        UnaryOperator<String> windows = lookup(Map.of("os.name", "Windows 11", "user.home", "/Users/wang"));

        assertEquals(Path.of("/Roaming/SpeechDraft"),
                AppHome.resolve(windows, lookup(Map.of("APPDATA", "/Roaming"))).root());
        assertEquals(Path.of("/Users/wang/AppData/Roaming/SpeechDraft"),
                AppHome.resolve(windows, lookup(Map.of())).root());
    }

    @Test
    void everythingLivesUnderTheRoot() {
        AppHome home = AppHome.at(dir.resolve("x").resolve(".."));

        assertEquals(dir, home.root());
        assertEquals(dir.resolve("settings.json"), home.settingsFile());
        assertEquals(dir.resolve("recovery"), home.recoveryDir());
        assertEquals(dir.resolve("templates"), home.templatesDir());
    }

    private static UnaryOperator<String> linux(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(Map.of("os.name", "Linux", "user.home", "/home/wang"));
        all.putAll(properties);
        return lookup(all);
    }

    private static UnaryOperator<String> lookup(Map<String, String> values) {
        return values::get;
    }
}
