package org.speechdraft.core.export;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.ParagraphLevelNames;

/**
 * A user preset file, version 1: the preset's records as JSON, the levels keyed by the names
 * .sdraft files use ("title", "heading1", "body" …). A level missing from the file looks like
 * body text; a level this version does not know is ignored.
 */
record PresetDto(int formatVersion, String name, PageSetup page, Map<String, ParagraphFormat> levels,
                 LineSpacing lineSpacing, TextGrid grid, PageNumbers pageNumbers) {

    static final int FORMAT_VERSION = 1;
    /** Besides formatVersion, what tells a preset file from a draft or the settings. */
    static final String MARKER_FIELD = "levels";

    static PresetDto of(ExportPreset preset) {
        Map<String, ParagraphFormat> levels = new LinkedHashMap<>();
        for (ParagraphLevel level : ParagraphLevel.values()) {
            levels.put(ParagraphLevelNames.nameOf(level), preset.format(level));
        }
        return new PresetDto(FORMAT_VERSION, preset.name(), preset.page(), levels, preset.lineSpacing(),
                preset.grid(), preset.pageNumbers());
    }

    /** @throws IllegalArgumentException when a part is missing */
    ExportPreset toModel(String id) {
        if (levels == null || levels.get(ParagraphLevelNames.nameOf(ParagraphLevel.BODY)) == null) {
            throw new IllegalArgumentException("no body format");
        }
        ParagraphFormat body = levels.get(ParagraphLevelNames.nameOf(ParagraphLevel.BODY));
        Map<ParagraphLevel, ParagraphFormat> formats = new EnumMap<>(ParagraphLevel.class);
        for (ParagraphLevel level : ParagraphLevel.values()) {
            ParagraphFormat format = levels.get(ParagraphLevelNames.nameOf(level));
            formats.put(level, format == null ? body : format);
        }
        return new ExportPreset(id, name == null || name.isBlank() ? id : name, page, formats, lineSpacing,
                grid == null ? TextGrid.NONE : grid, pageNumbers);
    }
}
