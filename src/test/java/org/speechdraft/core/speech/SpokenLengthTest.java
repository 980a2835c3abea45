package org.speechdraft.core.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpokenLengthTest {

    @Test
    void numbersAreReadAsASpeakerSaysThem() {
        assertEquals("一百二十三万四千五百六十七", NumberReading.amount("1,234,567"));
        assertEquals("十二点五", NumberReading.amount("12.5"));
        assertEquals("一千零五", NumberReading.amount("1005"));
        assertEquals("一万零五", NumberReading.amount("10005"));
        assertEquals("十万零三百", NumberReading.amount("100300"));
        assertEquals("三百一十", NumberReading.amount("310"));
        assertEquals("十五", NumberReading.amount("15"));
        assertEquals("一亿零二十万", NumberReading.amount("100200000"));
        assertEquals("零", NumberReading.amount("0"));
        assertEquals("二〇二六", NumberReading.digitByDigit("2026"));
    }

    @Test
    void punctuationIsSilentAndFiguresCountAsSaid() {
        assertEquals(3, SpokenLength.of("同志们："));
        // 累计投入资金(6) 十二点五(4) 亿元(2)
        assertEquals(12, SpokenLength.of("累计投入资金12.5亿元。"));
        // 二〇二六年 is five syllables, not a two-thousand-something amount
        assertEquals(5, SpokenLength.of("2026年"));
        // 增长(2) 百分之十五(5)
        assertEquals(7, SpokenLength.of("增长15%"));
        assertEquals(3, SpokenLength.of("GDP"));
    }

    @Test
    void aCodeWithALeadingZeroIsReadDigitByDigit() {
        assertEquals("〇五七一", NumberReading.amount("0571"));
    }

    @Test
    void zeroOnItsOwnIsReadAsZero() {
        assertEquals("零", NumberReading.amount("0"));
        assertEquals("零点五", NumberReading.amount("0.5"));
    }
}
