package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRangesTest {

    @Test
    void rangesAndSinglePagesAsInWordsPrintDialog() {
        assertEquals(List.of(1, 2, 3, 5), PageRanges.parse("1-3,5", 8));
        assertEquals(List.of(2, 4), PageRanges.parse(" 4, 2 ", 8));
        assertEquals(List.of(1, 2, 3, 5, 6), PageRanges.parse("1－3，5至6", 8), "full-width and Chinese punctuation");
        assertEquals(List.of(3, 4), PageRanges.parse("3-4、4", 8), "each page once");
    }

    @Test
    void aRangeThatIsNotOneOrGoesBeyondTheLastPageIsExplained() {
        var notARange = assertThrows(IllegalArgumentException.class, () -> PageRanges.parse("第一页", 8));
        assertTrue(notARange.getMessage().contains("1-3,5"), notARange.getMessage());
        var beyond = assertThrows(IllegalArgumentException.class, () -> PageRanges.parse("7-9", 8));
        assertTrue(beyond.getMessage().contains("共 8 页"), beyond.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PageRanges.parse("", 8));
        assertThrows(IllegalArgumentException.class, () -> PageRanges.parse("3-1", 8));
    }
}
