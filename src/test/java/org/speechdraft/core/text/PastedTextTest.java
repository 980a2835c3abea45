package org.speechdraft.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PastedTextTest {

    @Test
    void wordTextWithCrlfAndFullWidthIndentsBecomesTrimmedParagraphs() {
        String fromWord = "一、统一思想\r\n\u3000\u3000今年以来，全区上下团结一心。\r\n\u3000\u3000各项工作稳步推进。\r\n";
        assertEquals(List.of("一、统一思想", "今年以来，全区上下团结一心。", "各项工作稳步推进。"),
                PastedText.paragraphs(fromWord));
    }

    @Test
    void webTextDropsBlankLinesAndTurnsNoBreakSpacesIntoPlainSpaces() {
        String fromWeb = "\u00A0\u00A0\u00A0\u00A0第一段文字。\n\n \u00A0\n第二段\u00A0\u00A0\u00A0含有 \u00A0空格。\u00A0\n\n\n";
        assertEquals(List.of("第一段文字。", "第二段 含有 空格。"), PastedText.paragraphs(fromWeb));
    }

    @Test
    void everyKindOfLineBreakSeparatesParagraphs() {
        String text = "甲\r乙\u2028丙\u2029丁\u000B戊\n己";
        assertEquals(List.of("甲", "乙", "丙", "丁", "戊", "己"), PastedText.paragraphs(text));
    }

    @Test
    void tabsAndZeroWidthCharactersAtTheEdgesAreTrimmed() {
        assertEquals(List.of("加强党的建设"), PastedText.paragraphs("\uFEFF\t\u200B加强党的建设\u200D\t"));
    }

    @Test
    void controlCharactersInsideAParagraphAreRemoved() {
        assertEquals(List.of("一、总体要求"), PastedText.paragraphs("一、\t总体\u0007要求"));
    }

    @Test
    void ordinarySpacesInsideAParagraphAreKept() {
        assertEquals(List.of("Speech  Draft"), PastedText.paragraphs("Speech  Draft"));
    }

    @Test
    void blankOrMissingInputGivesNoParagraphs() {
        assertEquals(List.of(), PastedText.paragraphs(""));
        assertEquals(List.of(), PastedText.paragraphs(" \r\n\u3000\n\u00A0\t\u200B"));
        assertEquals(List.of(), PastedText.paragraphs(null));
    }

    @Test
    void singleLineJoinsChineseParagraphsWithoutBreaksOrSpaces() {
        assertEquals("在全市经济工作会议上的讲话",
                PastedText.singleLine("\u3000\u3000在全市经济工作会议上\r\n\r\n的讲话\r\n"));
    }

    @Test
    void singleLineKeepsWesternWordsApartWhereTheLineWasBroken() {
        assertEquals("2025 Annual Report年度报告", PastedText.singleLine("2025 Annual\nReport\n年度报告"));
    }

    @Test
    void singleLineOfBlankTextIsEmpty() {
        assertEquals("", PastedText.singleLine("\r\n\u3000"));
    }
}
