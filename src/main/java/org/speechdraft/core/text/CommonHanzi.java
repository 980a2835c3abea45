package org.speechdraft.core.text;

import java.nio.charset.Charset;
import java.util.BitSet;

/**
 * The common Chinese characters, simplified and traditional: GB2312 level 1 (bytes B0A1–D7F9) and
 * Big5 level 1 (A440–C67E). Taken from the JDK's own code tables rather than from a list of ours,
 * built once on first use.
 */
final class CommonHanzi {

    private CommonHanzi() {
    }

    static BitSet set() {
        return Holder.SET;
    }

    private static final class Holder {
        private static final BitSet SET = build();
    }

    private static BitSet build() {
        BitSet set = new BitSet(0x10000);
        addRange(set, Charset.forName("GB2312"), 0xB0A1, 0xD7F9, 0xA1, 0xFE);
        addRange(set, TextFiles.BIG5, 0xA440, 0xC67E, 0x40, 0x7E);
        addRange(set, TextFiles.BIG5, 0xA440, 0xC67E, 0xA1, 0xFE);
        return set;
    }

    /** Decodes every double byte from {@code first} to {@code last} whose second byte lies in [{@code low}, {@code high}]. */
    private static void addRange(BitSet set, Charset charset, int first, int last, int low, int high) {
        for (int lead = first >> 8; lead <= last >> 8; lead++) {
            for (int trail = low; trail <= high; trail++) {
                int code = (lead << 8) | trail;
                if (code < first || code > last) {
                    continue;
                }
                String decoded = new String(new byte[] {(byte) lead, (byte) trail}, charset);
                if (decoded.length() == 1 && Character.isIdeographic(decoded.charAt(0))) {
                    set.set(decoded.charAt(0));
                }
            }
        }
    }
}
