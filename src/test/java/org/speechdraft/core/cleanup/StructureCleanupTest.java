package org.speechdraft.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.speechdraft.core.cleanup.Cleaning.BODY;
import static org.speechdraft.core.cleanup.Cleaning.kept;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated titles, 目录/提纲 listings, flattened pages and blank lines. */
class StructureCleanupTest {

    private static final String TITLE = "在全县农村教育工作会议上的讲话";

    @Test
    void aTitleShownTwiceOrTruncatedBeforeTheSpeechIsKeptOnce() {
        assertEquals(List.of(TITLE, "同志们：", BODY), kept(TITLE, "", TITLE, "同志们：", BODY));
        assertEquals(List.of(TITLE, "同志们：", BODY), kept("全县农村教育工作会议上", "全县农村教育工作会议上", TITLE, "同志们：", BODY));
    }

    @Test
    void repeatedLinesInsideTheSpeechStay() {
        List<String> content = List.of(TITLE, "同志们：", "一、抓好落实", BODY, "二、抓好落实", BODY, "抓好落实", "抓好落实");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void aContentsListingBeforeTheSpeechGoes() {
        assertEquals(List.of(TITLE, "同志们：", "一、肯定成绩，正视不足", BODY, "二、突出重点，狠抓落实", BODY), kept(
                "目录/提纲：……", "一、肯定成绩，正视不足", "二、突出重点，狠抓落实", "……",
                TITLE, "同志们：", "一、肯定成绩，正视不足", BODY, "二、突出重点，狠抓落实", BODY));
        assertEquals(List.of(TITLE, "一、肯定成绩", BODY, "二、狠抓落实", BODY), kept(
                TITLE, "提纲", "一、肯定成绩", "二、狠抓落实", "一、肯定成绩", BODY, "二、狠抓落实", BODY));
    }

    @Test
    void aSpeechThatIsAllOutlineKeepsItsHeadings() {
        List<String> content = List.of(TITLE, "提纲", "一、肯定成绩", "（一）办学条件改善", "二、狠抓落实", "（一）压实责任");
        assertEquals(content, kept(content.toArray(String[]::new)));
    }

    @Test
    void aFlattenedPageIsBrokenAtItsStructure() {
        String first = "（一）办学条件明显改善。" + BODY.repeat(3);
        String second = "（二）短板依然突出。" + BODY.repeat(3);
        String third = "（一）推进标准化建设。" + BODY.repeat(3);
        String flattened = TITLE + "同志们：" + BODY + "下面，我讲两点意见。一、肯定成绩，正视差距" + first + second
                + "二、突出重点，狠抓落实" + third + "同志们，让我们共同努力！谢谢大家！";
        assertEquals(List.of(TITLE, "同志们：", BODY + "下面，我讲两点意见。", "一、肯定成绩，正视差距", first, second,
                "二、突出重点，狠抓落实", third, "同志们，让我们共同努力！", "谢谢大家！"), kept(flattened));
    }

    @Test
    void aParagraphWithInlineNumberingIsNotBroken() {
        String paragraph = "要做到三个到位：（1）思想认识到位；（2）工作措施到位；（3）督促检查到位。" + BODY;
        assertEquals(List.of(paragraph), kept(paragraph));
    }

    @Test
    void blankLinesAreCollapsedAndTrimmed() {
        assertEquals(List.of(TITLE, "", "同志们：", "", BODY), Cleaning.clean("", "", TITLE, "", "", "", "同志们：", "", BODY, "", "").lines());
    }
}
