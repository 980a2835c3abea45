package org.speechdraft.core.text;

/**
 * The Han ideograph blocks of Unicode. Checked by range as well as through {@link Character}
 * because the JDK's Unicode tables lag behind: on Java 17 (Unicode 13) ideographs added later,
 * such as U+9FFD or extension H, are still "unassigned" and would otherwise not be recognised.
 */
public final class HanIdeographs {

    private static final int[][] BLOCKS = {
        {0x3400, 0x4DBF},   // extension A
        {0x4E00, 0x9FFF},   // CJK Unified Ideographs
        {0xF900, 0xFAFF},   // compatibility ideographs
        {0x20000, 0x2A6DF}, // extension B
        {0x2A700, 0x2EBEF}, // extensions C, D, E, F
        {0x2EBF0, 0x2EE5F}, // extension I
        {0x2F800, 0x2FA1F}, // compatibility ideographs supplement
        {0x30000, 0x323AF}, // extensions G, H
    };

    private HanIdeographs() {
    }

    public static boolean contains(int codePoint) {
        for (int[] block : BLOCKS) {
            if (codePoint >= block[0] && codePoint <= block[1]) {
                return true;
            }
        }
        return false;
    }
}
