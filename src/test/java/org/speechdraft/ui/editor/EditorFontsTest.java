package org.speechdraft.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.export.BuiltInPresets;
import org.speechdraft.core.export.ExportPreset;
import org.speechdraft.core.export.FontSpec;
import org.speechdraft.core.model.ParagraphLevel;

/** The editor's faces: the export's where installed, and which ones stand in otherwise. */
class EditorFontsTest {

    @Test
    void onAnOfficePcWithTheGongwenFacesTheEditorShowsThemAndNothingStandsIn() {
        EditorFonts fonts = EditorFonts.forPreset(BuiltInPresets.gongwen(),
                Set.of("仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"));
        assertEquals("仿宋_GB2312", fonts.family(ParagraphLevel.BODY));
        assertEquals("黑体", fonts.family(ParagraphLevel.HEADING_1));
        assertEquals("方正小标宋简体", fonts.family(ParagraphLevel.TITLE));
        assertTrue(fonts.substitutes().isEmpty());
    }

    @Test
    void withoutThemTheStandInsAreNamedWithTheLevelsTheyShow() {
        EditorFonts fonts = EditorFonts.forPreset(BuiltInPresets.gongwen(), Set.of("Noto Serif CJK SC", "Noto Sans CJK SC"));
        assertEquals("Noto Serif CJK SC", fonts.family(ParagraphLevel.BODY));
        assertEquals("Noto Sans CJK SC", fonts.family(ParagraphLevel.HEADING_1));
        EditorFonts.Substitute fangsong = fonts.substitutes().stream()
                .filter(s -> s.wanted().equals("仿宋_GB2312")).findFirst().orElseThrow();
        assertEquals("Noto Serif CJK SC", fangsong.shown());
        assertTrue(fangsong.levels().containsAll(List.of(ParagraphLevel.BODY, ParagraphLevel.HEADING_3)));
    }

    @Test
    void theEditorFollowsALayoutWithOtherFaces() {
        ExportPreset songti = BuiltInPresets.gongwen().withLevel(ParagraphLevel.BODY,
                BuiltInPresets.gongwen().format(ParagraphLevel.BODY).withFont(FontSpec.withTimes("宋体")));
        EditorFonts fonts = EditorFonts.forPreset(songti, Set.of("仿宋_GB2312", "宋体"));
        assertEquals("宋体", fonts.family(ParagraphLevel.BODY));
        assertEquals("仿宋_GB2312", fonts.family(ParagraphLevel.CLOSING));
    }
}
