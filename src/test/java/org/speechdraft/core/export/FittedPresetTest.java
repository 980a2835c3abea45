package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FittedPresetTest {

    @Test
    void theGongwenGridGivesItsOwnLineHeight() {
        ExportPreset gongwen = BuiltInPresets.gongwen();

        assertEquals(gongwen.lineSpacing(), gongwen.fitted().lineSpacing());
    }

    @Test
    void fewerLinesOnThePageGiveTallerLines() {
        ExportPreset twenty = BuiltInPresets.gongwen().withGrid(TextGrid.of(20, 28)).fitted();

        assertEquals(LineSpacing.exact(31.85), twenty.lineSpacing());
    }

    @Test
    void withoutAGridTheSpacingIsTheUsersOwn() {
        ExportPreset large = BuiltInPresets.largePrint();

        assertEquals(large, large.fitted());
    }
}
