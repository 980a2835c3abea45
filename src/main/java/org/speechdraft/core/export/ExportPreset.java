package org.speechdraft.core.export;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * A complete page layout for exporting a speech: paper and margins, the look of every paragraph
 * level, line spacing, the document grid and the page numbers. The two built-in ones are in
 * {@link BuiltInPresets}; a user adjusts one with the {@code with…} methods and saves it under an
 * id of their own with {@link ExportPresetStore}.
 *
 * @param id          stable name, used on the command line ({@code --preset gongwen}) and as file name
 * @param name        what the user sees: 公文标准, 讲话稿大字版 …
 * @param levels      a format for every {@link ParagraphLevel}
 */
public record ExportPreset(String id, String name, PageSetup page, Map<ParagraphLevel, ParagraphFormat> levels,
                           LineSpacing lineSpacing, TextGrid grid, PageNumbers pageNumbers) {

    public ExportPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(lineSpacing, "lineSpacing");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
        for (ParagraphLevel level : ParagraphLevel.values()) {
            if (levels.get(level) == null) {
                throw new IllegalArgumentException("no format for " + level);
            }
        }
        levels = Map.copyOf(new EnumMap<>(levels));
    }

    public ParagraphFormat format(ParagraphLevel level) {
        return levels.get(level);
    }

    /** The same layout under another id and name, e.g. before saving an adjusted copy as the user's own. */
    public ExportPreset withId(String newId, String newName) {
        return new ExportPreset(newId, newName, page, levels, lineSpacing, grid, pageNumbers);
    }

    public ExportPreset withPage(PageSetup newPage) {
        return new ExportPreset(id, name, newPage, levels, lineSpacing, grid, pageNumbers);
    }

    public ExportPreset withLevel(ParagraphLevel level, ParagraphFormat format) {
        Map<ParagraphLevel, ParagraphFormat> changed = new EnumMap<>(levels);
        changed.put(level, format);
        return new ExportPreset(id, name, page, changed, lineSpacing, grid, pageNumbers);
    }

    public ExportPreset withLineSpacing(LineSpacing newSpacing) {
        return new ExportPreset(id, name, page, levels, newSpacing, grid, pageNumbers);
    }

    public ExportPreset withGrid(TextGrid newGrid) {
        return new ExportPreset(id, name, page, levels, lineSpacing, newGrid, pageNumbers);
    }

    /**
     * With a grid of lines per page, the lines must fill the text block exactly, as 公文 rules ask
     * (22 lines on 225 mm): the line spacing becomes the largest exact height, in steps of 0.05 pt,
     * that still fits them — what gongwen's 28.95 pt is. Without a grid the preset is unchanged.
     */
    public ExportPreset fitted() {
        if (!grid.isSet()) {
            return this;
        }
        int blockTwips = Units.twipsFromMm(page.heightMm()) - Units.twipsFromMm(page.topMm())
                - Units.twipsFromMm(page.bottomMm());
        double pitch = Math.floor(Units.ptFromTwips(blockTwips / grid.linesPerPage()) * 20) / 20;
        return withLineSpacing(LineSpacing.exact(pitch));
    }

    public ExportPreset withPageNumbers(PageNumbers newPageNumbers) {
        return new ExportPreset(id, name, page, levels, lineSpacing, grid, newPageNumbers);
    }
}
