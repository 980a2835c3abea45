package org.speechdraft.core.placeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FigureValuesTest {

    @Test
    void largeNumbersGetThousandsSeparators() {
        assertEquals("1,234,567", FigureValues.groupThousands("1234567", PlaceholderKind.AMOUNT));
        assertEquals("12,345.75", FigureValues.groupThousands("12345.75", PlaceholderKind.COUNT));
        assertEquals("999", FigureValues.groupThousands("999", PlaceholderKind.AMOUNT));
        assertEquals("1,000", FigureValues.groupThousands("1000", PlaceholderKind.UNKNOWN));
    }

    @Test
    void whatIsNotAPlainNumberIsLeftAsTyped() {
        assertEquals("1,234", FigureValues.groupThousands("1,234", PlaceholderKind.AMOUNT));
        assertEquals("约1200", FigureValues.groupThousands("约1200", PlaceholderKind.AMOUNT));
        assertEquals("1200-1500", FigureValues.groupThousands("1200-1500", PlaceholderKind.COUNT));
    }

    @Test
    void yearsAndDatesAreNeverGrouped() {
        assertEquals("2026", FigureValues.groupThousands("2026", PlaceholderKind.YEAR));
        assertEquals("1231", FigureValues.groupThousands("1231", PlaceholderKind.DATE));
    }

    @Test
    void aDateIsWrittenInThePlaceholdersShape() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 9);
        assertEquals("3月9日", FigureValues.dateLike("x月x日", day));
        assertEquals("2026年3月9日", FigureValues.dateLike("20XX年X月X日", day));
        assertEquals("2026/3/9", FigureValues.dateLike("201X/X/XX", day));
        assertEquals("3月", FigureValues.dateLike("X月", day));
        assertEquals("2026年3月", FigureValues.dateLike("20XX年X月", day));
    }
}
