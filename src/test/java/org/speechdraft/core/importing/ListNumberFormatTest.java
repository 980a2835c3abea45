package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in list markers are written as Word shows them. */
class ListNumberFormatTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            chineseCounting          | 1  | 一
            chineseCounting          | 10 | 十
            chineseCounting          | 11 | 十一
            chineseCountingThousand  | 20 | 二十
            chineseCounting          | 35 | 三十五
            ideographDigital         | 10 | 一〇
            ideographTraditional     | 3  | 丙
            ideographEnclosedCircle  | 2  | ㈡
            decimal                  | 12 | 12
            decimalZero              | 3  | 03
            decimalEnclosedParen     | 4  | (4)
            decimalEnclosedCircle    | 5  | ⑤
            decimalFullWidth         | 12 | １２
            upperLetter              | 2  | B
            lowerLetter              | 27 | aa
            upperRoman               | 14 | XIV
            lowerRoman               | 9  | ix
            someFutureFormat         | 7  | 7
            none                     | 7  | ''
            """)
    void writesTheNumberInTheLevelsFormat(String format, int n, String written) {
        assertEquals(written, ListNumberFormat.format(format, n));
    }
}
