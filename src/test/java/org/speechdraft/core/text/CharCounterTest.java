package org.speechdraft.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharCounterTest {

    @Test
    void countsHanCharactersButNotChinesePunctuation() {
        // 一 + 肯定成绩 + 正视问题; 、 and ， are punctuation.
        assertEquals(9, CharCounter.count("一、肯定成绩，正视问题"));
        assertEquals(10, CharCounter.count("“三个务必”《纲要》【附件】（草案）"));
    }

    @Test
    void countsEachDigitAndLetterButNotSpacesOrDecimalPoint() {
        // 投入资金 + 1 2 5 + 亿元
        assertEquals(9, CharCounter.count("投入资金 12.5 亿元"));
        assertEquals(10, CharCounter.count("GDP增长5.2%，CPI"));
    }

    @Test
    void countsOnePartOfATextLikeThatPartAlone() {
        String text = "一、肯定成绩，正视问题。";
        assertEquals(CharCounter.count("正视问题"), CharCounter.count(text, 7, 11));
        assertEquals(CharCounter.count(text), CharCounter.count(text, 0, text.length()));
        assertEquals(0, CharCounter.count(text, 6, 6));
    }

    @Test
    void countsFullWidthDigitsAndLettersLikeHalfWidthOnes() {
        assertEquals(7, CharCounter.count("２０２５年ＡＢ"));
        assertEquals(CharCounter.count("2025年AB"), CharCounter.count("２０２５年ＡＢ"));
    }

    @Test
    void countsTheChineseZeroInDates() {
        assertEquals(5, CharCounter.count("二〇二五年"));
    }

    @Test
    void countsAnIdeographOutsideTheBasicPlaneOnce() {
        String extensionB = new String(Character.toChars(0x20BB7)); // 𠮷
        assertEquals(2, extensionB.length());
        assertEquals(3, CharCounter.count("吉" + extensionB + "祥"));
        assertEquals(1, CharCounter.count(new String(Character.toChars(0x30000)))); // extension G
    }

    @Test
    void countsCompatibilityIdeographs() {
        assertEquals(1, CharCounter.count("\uF900"));
    }

    @Test
    void doesNotCountAnyKindOfSpace() {
        assertEquals(4, CharCounter.count("\u3000\u3000同志们：\u00A0\t\u200B\uFEFF好\n"));
    }

    @Test
    void doesNotCountPunctuationOrSymbols() {
        assertEquals(0, CharCounter.count("，。、；：？！“”‘’（）《》【】——……·,.;:?!\"'()[]-_/%￥$+=×①"));
    }

    @Test
    void anAccentedLetterCountsOnceEvenWhenDecomposed() {
        assertEquals(4, CharCounter.count("cafe\u0301"));
    }

    @Test
    void emptyTextCountsZero() {
        assertEquals(0, CharCounter.count(""));
    }

    @Test
    void deltaIsTheChangeOfTheCountWhenReplacing() {
        assertEquals(4, CharCounter.countDelta("", "全面推进，"));
        assertEquals(-2, CharCounter.countDelta("成绩", ""));
        assertEquals(1, CharCounter.countDelta("问题", "新问题"));
        assertEquals(0, CharCounter.countDelta("，", "。"));
    }

    @Test
    void deltaKeepsARunningCountExactWhileTyping() {
        String before = "坚持稳中求进，";
        String after = "坚持稳中求进，2025年";
        int running = CharCounter.count(before) + CharCounter.countDelta("", "2025年");
        assertEquals(CharCounter.count(after), running);
    }
}
