package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypeSizesTest {

    @Test
    void gongwenSizesHaveTheirChineseNames() {
        assertEquals("二号", TypeSizes.describe(22));
        assertEquals("三号", TypeSizes.describe(16));
        assertEquals("五号", TypeSizes.describe(10.5));
        assertEquals(18.0, TypeSizes.named("小二").orElseThrow().points());
    }

    @Test
    void aSizeWithoutANameIsGivenInPoints() {
        assertEquals("17磅", TypeSizes.describe(17));
        assertEquals("16.5磅", TypeSizes.describe(16.5));
    }
}
