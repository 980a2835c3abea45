package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void firstStartGetsDefaults() {
        assertEquals(Settings.DEFAULT, store().load());
    }

    @Test
    void savedSettingsComeBack() throws IOException {
        Settings settings = Settings.DEFAULT
                .withWindow(new WindowBounds(-8, 0, 1440.5, 900, false))
                .withRecentFile(dir.resolve("讲话.sdraft"))
                .withLastDirectory(dir);

        store().save(settings);

        assertEquals(settings, store().load());
    }

    @Test
    void fileIsVersionedJson() throws IOException {
        store().save(Settings.DEFAULT.withRecentFile(dir.resolve("讲话.sdraft")));

        var json = new ObjectMapper().readTree(home().settingsFile().toFile());

        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals(dir.resolve("讲话.sdraft").toString(), json.at("/recentFiles/0").asText());
    }

    @Test
    void corruptFileGivesDefaultsAndIsKeptAsBroken() throws IOException {
        Files.createDirectories(dir);
        Files.writeString(home().settingsFile(), "{\"formatVersion\": 1, \"recentFiles\": [\"/a.sdraft\"");

        assertEquals(Settings.DEFAULT, store().load());

        assertFalse(Files.exists(home().settingsFile()));
        assertEquals("{\"formatVersion\": 1, \"recentFiles\": [\"/a.sdraft\"", Files.readString(store().brokenFile()));
        assertEquals(dir.resolve("settings.json.broken"), store().brokenFile());
    }

    @Test
    void settingsFromNewerVersionGiveDefaultsAndAreKept() throws IOException {
        String newer = "{\"formatVersion\": 2, \"windows\": []}";
        Files.writeString(home().settingsFile(), newer);

        assertEquals(Settings.DEFAULT, store().load());

        assertEquals(newer, Files.readString(store().brokenFile()));
    }

    @Test
    void oneUnusableValueDoesNotCostTheOthers() throws IOException {
        Path good = dir.resolve("讲话.sdraft");
        Files.writeString(home().settingsFile(), """
                {"formatVersion": 1,
                 "window": {"x": 0, "y": 0, "width": 0, "height": -5, "maximized": false},
                 "recentFiles": ["bad\\u0000name", "%s"],
                 "lastDirectory": null}""".formatted(good.toString().replace("\\", "\\\\")));

        Settings loaded = store().load();

        assertEquals(new Settings(null, List.of(good), null), loaded);
        assertTrue(Files.exists(home().settingsFile()));
    }

    @Test
    void theSharedTemplateFolderIsRememberedWithTheOtherSettings() throws IOException {
        Path shared = dir.resolve("办公室共享").resolve("讲话模板");
        Settings settings = Settings.DEFAULT.withLastDirectory(dir).withSharedTemplates(shared)
                .withRecentFile(dir.resolve("讲话.sdraft"));

        store().save(settings);
        Settings loaded = store().load();

        assertEquals(shared, loaded.sharedTemplates());
        assertEquals(settings, loaded);
        assertEquals(shared.toString(), new ObjectMapper().readTree(home().settingsFile().toFile())
                .get("sharedTemplates").asText());
        assertNull(loaded.withSharedTemplates(null).sharedTemplates(), "the folder can be given up again");
    }

    @Test
    void settingsWrittenBeforeTheSharedFolderExistedStillLoad() throws IOException {
        Path recent = dir.resolve("讲话.sdraft");
        Files.writeString(home().settingsFile(), """
                {"formatVersion": 1, "recentFiles": ["%s"], "lastDirectory": null, "aLaterField": true}"""
                .formatted(recent.toString().replace("\\", "\\\\")));

        Settings loaded = store().load();

        assertEquals(List.of(recent), loaded.recentFiles());
        assertNull(loaded.sharedTemplates());
        assertFalse(Files.exists(store().brokenFile()), "nothing was set aside");
    }

    private AppHome home() {
        return AppHome.at(dir);
    }

    private SettingsStore store() {
        return new SettingsStore(home());
    }
}
