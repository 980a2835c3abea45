package org.speechdraft.core.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;

class SpeechTimingTest {

    private static final List<String> SPEECH = List.of(
            "同志们：",
            "一、肯定成绩",
            "全年投入资金12.5亿元。",
            "（一）教育",
            "新建学校16所。",
            "二、明确任务",
            "确保增长15%。");

    @Test
    void eachSectionCountsItsSubsectionsAndTheTotalCountsEverything() {
        Outline outline = new OutlineAnalyzer().analyzeText(SPEECH);

        SpeechTiming timing = SpeechTiming.of(SPEECH, outline);

        int first = SpokenLength.of("一、肯定成绩") + SpokenLength.of("全年投入资金12.5亿元。")
                + SpokenLength.of("（一）教育") + SpokenLength.of("新建学校16所。");
        assertEquals(List.of(first, SpokenLength.of("（一）教育") + SpokenLength.of("新建学校16所。"),
                SpokenLength.of("二、明确任务") + SpokenLength.of("确保增长15%。")), timing.sections());
        assertEquals(SPEECH.stream().mapToInt(SpokenLength::of).sum(), timing.total());
    }

    @Test
    void timesReadAsASpeakerWantsThem() {
        assertEquals(15.0, SpeechTiming.minutes(3000, org.speechdraft.core.model.DraftMeta.DEFAULT_PACE));
        assertEquals("约15分钟", SpeechTiming.describe(15.0));
        assertEquals("约2分半钟", SpeechTiming.describe(2.5));
        assertEquals("约3分钟", SpeechTiming.describe(3.1));
        assertEquals("不到1分钟", SpeechTiming.describe(0.4));
        assertEquals("约12分钟", SpeechTiming.describe(11.7));
    }
}
