package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.cleanup.Cleaning.kept;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pinyin inserted after characters, and traditional script when the user asks for simplified. */
class ScriptCleanupTest {

    @Test
    void tonedPinyinAfterCharactersGoes() {
        assertEquals(List.of("在推進義務教育均衡發展工作會議上的講話", "要加快發展，網上辦事要方便群眾。"),
                kept("在推(tuī)進(jìn)義務(wù)教育均衡發(fā)展工作會(huì)議上的講(jiǎng)話(huà)",
                        "要加快發展(fā zhǎn)，網(wǎng)上辦事要方便群(qún)眾。"));
    }

    @Test
    void tonelessGroupsGoOnlyInATextAlreadyAnnotated() {
        assertEquals(List.of("學校的建設要加快推進。"),
                kept("學(xué)校(xiào)的(de)建設(shè)要加快推(tuī)進。"));
        List<String> content = List.of("要大力发展人工智能（AI）和大数据（Big Data）产业。", "他问我(why)要这样做。",
                "推广使用办公软件（Excel）和（ai）工具。");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void aVowelLostToBig5IsStillRecognisedAsPinyin() {
        assertEquals(List.of("發展教育，網上辦事，推進改革。"),
                kept("發(f?)展教育，網(w?ng)上辦事，推(tu?)進改革。"));
    }

    @Test
    void traditionalBecomesSimplifiedOnlyWhenAskedFor() {
        String traditional = "縣委、縣政府高度重視義務教育均衡發展工作。";
        assertEquals(List.of(traditional), kept(traditional));
        CleanupResult simplified = Cleaning.clean(CleanupOptions.DEFAULTS.with("traditional"), traditional);
        assertEquals(List.of("县委、县政府高度重视义务教育均衡发展工作。"), simplified.lines());
        assertEquals(List.of("县委、县政府高度重视义务教育均衡发展工作。"),
                Cleaning.clean(CleanupOptions.DEFAULTS.with("traditional"), "县委、县政府高度重视义务教育均衡发展工作。").lines());
    }
}
