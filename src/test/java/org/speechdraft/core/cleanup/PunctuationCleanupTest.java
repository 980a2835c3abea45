package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.cleanup.Cleaning.kept;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Half-width punctuation in Chinese text, and invisible or odd blanks. */
class PunctuationCleanupTest {

    @Test
    void halfWidthPunctuationBetweenChineseBecomesFullWidth() {
        assertEquals(List.of("同志们：", "今天，我们召开会议；主要任务是：总结工作！有没有信心？",
                        "（一）教育教学平稳有序", "要落实“放管服”改革，投入XX万元，新建XX所学校。"),
                kept("同志们:", "今天,我们召开会议;主要任务是:总结工作!有没有信心?", "(一)教育教学平稳有序",
                        "要落实\"放管服\"改革,投入XX万元,新建XX所学校。"));
    }

    @Test
    void latinTextTimesAndAddressesKeepTheirPunctuation() {
        List<String> content = List.of(
                "正如那句英文所说：\"Yes, we can.\" 我们也一定能行。",
                "会议定于10:30开始，网址是http://www.example.gov.cn，请登录。",
                "要发展人工智能(AI)产业。");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void indentsNoBreakSpacesAndInvisibleCharactersGo() {
        assertEquals(List.of("同志们：", "今天召开全县教育工作会议。"),
                kept("\u3000\u3000同志们：\u00A0", "\u00A0\u00A0今天召开\u200B全县教育工作会议。\uFEFF"));
    }
}
