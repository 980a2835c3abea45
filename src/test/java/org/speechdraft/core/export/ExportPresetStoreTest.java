package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.AppHome;

class ExportPresetStoreTest {

    @TempDir
    Path home;

    private ExportPresetStore store() {
        return new ExportPresetStore(AppHome.at(home));
    }

    /** 公文标准 with bigger margins at the bottom and 黑体 body text, as a user might save it. */
    private static ExportPreset adjusted() {
        ExportPreset gongwen = BuiltInPresets.gongwen();
        ParagraphFormat body = gongwen.format(ParagraphLevel.BODY);
        return gongwen.withId("本单位格式", "本单位公文格式")
                .withPage(PageSetup.a4(37, 40, 28, 26))
                .withLevel(ParagraphLevel.BODY, body.withFont(body.font().withEastAsia("黑体")).withSize(15))
                .withLineSpacing(LineSpacing.exact(28));
    }

    @Test
    void builtInPresetsAreListedFirst() {
        assertEquals(List.of("gongwen", "large-print"), store().list().stream().map(ExportPreset::id).toList());
        assertEquals("公文标准", store().list().get(0).name());
        assertEquals("讲话稿大字版", store().list().get(1).name());
    }

    @Test
    void anAdjustedPresetComesBackAsSaved() throws Exception {
        ExportPreset mine = adjusted();

        store().save(mine);

        assertEquals(mine, store().find("本单位格式").orElseThrow());
        assertEquals(List.of("gongwen", "large-print", "本单位格式"),
                store().list().stream().map(ExportPreset::id).toList());
        assertTrue(Files.isRegularFile(home.resolve("presets").resolve("本单位格式.json")));
    }

    @Test
    void theFileIsReadableVersionedJson() throws IOException {
        store().save(adjusted());

        var json = new ObjectMapper().readTree(home.resolve("presets/本单位格式.json").toFile());

        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals("本单位公文格式", json.get("name").asText());
        assertEquals("黑体", json.at("/levels/body/font/eastAsia").asText());
        assertEquals("justify", json.at("/levels/body/alignment").asText());
        assertEquals("exact", json.at("/lineSpacing/rule").asText());
        assertEquals("outside", json.at("/pageNumbers/placement").asText());
        assertEquals(22, json.at("/grid/linesPerPage").asInt());
        assertEquals("仿宋", json.at("/levels/heading3/font/fallbacks/0").asText());
    }

    @Test
    void aPresetFromANewerVersionIsRefusedInChinese() throws IOException {
        Files.createDirectories(home.resolve("presets"));
        Files.writeString(home.resolve("presets/新方案.json"), "{\"formatVersion\": 2, \"levels\": {}}");

        ExportPresetException e = assertThrows(ExportPresetException.class, () -> store().find("新方案"));

        assertTrue(e.getMessage().contains("更新版本"), e.getMessage());
        assertTrue(e.getMessage().contains("新方案"), e.getMessage());
        assertEquals(List.of("gongwen", "large-print"), store().list().stream().map(ExportPreset::id).toList(),
                "the list still works");
        assertTrue(Files.exists(home.resolve("presets/新方案.json")), "the file is left as it was");
    }

    @Test
    void brokenJsonIsRefusedWithWhereItIsBroken() throws IOException {
        Files.createDirectories(home.resolve("presets"));
        Files.writeString(home.resolve("presets/坏.json"), "{\"formatVersion\": 1,\n \"levels\": {\"body\": ");

        ExportPresetException e = assertThrows(ExportPresetException.class, () -> store().find("坏"));

        assertTrue(e.getMessage().contains("已损坏"), e.getMessage());
        assertTrue(e.getMessage().contains("第 2 行"), e.getMessage());
    }

    @Test
    void impossibleValuesAreRefusedNotExported() throws IOException {
        store().save(adjusted());
        Path file = home.resolve("presets/本单位格式.json");
        Files.writeString(file, Files.readString(file).replace("\"sizePt\": 15.0", "\"sizePt\": -3"));

        ExportPresetException e = assertThrows(ExportPresetException.class, () -> store().find("本单位格式"));

        assertTrue(e.getMessage().contains("不符合导出方案格式"), e.getMessage());
    }

    @Test
    void aLevelMissingFromTheFileLooksLikeBodyText() throws Exception {
        store().save(adjusted());
        Path file = home.resolve("presets/本单位格式.json");
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(file.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("levels")).remove("closing");
        Files.writeString(file, json.toString());

        ExportPreset loaded = store().find("本单位格式").orElseThrow();

        assertEquals(loaded.format(ParagraphLevel.BODY), loaded.format(ParagraphLevel.CLOSING));
    }

    @Test
    void builtInIdsAndUnsafeNamesCannotBeSavedOver() {
        assertThrows(IllegalArgumentException.class, () -> store().save(BuiltInPresets.gongwen()));
        assertThrows(IllegalArgumentException.class, () -> store().save(adjusted().withId("../x", "x")));
        assertFalse(ExportPresetStore.isValidUserId("a/b"));
        assertFalse(ExportPresetStore.isValidUserId(""));
        assertTrue(ExportPresetStore.isValidUserId("县委办_2026-v2"));
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        assertTrue(store().find("没有这个").isEmpty());
        assertTrue(store().find("../settings").isEmpty());
        assertEquals(BuiltInPresets.largePrint(), store().find("large-print").orElseThrow());
    }

    @Test
    void aDeletedPresetIsGone() throws Exception {
        store().save(adjusted());

        store().delete("本单位格式");

        assertTrue(store().find("本单位格式").isEmpty());
    }
}
