package org.speechdraft.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * Tells GB18030/GBK from Big5 for bytes that are not UTF-8. Both are double-byte encodings over
 * much the same byte ranges, so either usually decodes without error; but only the right one reads
 * as ordinary Chinese. Each is scored by the share of its non-ASCII characters that are common
 * Chinese characters (the 3,755 of GB2312 level 1 or the 5,401 of Big5 level 1, simplified or
 * traditional) or Chinese punctuation; kana, Greek, box drawing, rare characters and undecodable
 * bytes — what the wrong reading produces — score nothing. Ties go to GB18030, the mainland default.
 */
final class EncodingGuess {

    /** The start of a file says enough; scoring all of a large file would only cost time. */
    private static final int SAMPLE_BYTES = 64 * 1024;

    private EncodingGuess() {
    }

    static Charset chineseDoubleByte(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE_BYTES);
        double gb = score(bytes, length, TextFiles.GB18030);
        double big5 = score(bytes, length, TextFiles.BIG5);
        return big5 > gb ? TextFiles.BIG5 : TextFiles.GB18030;
    }

    /** The share of plausible characters among the non-ASCII ones; 0 when there are none. */
    private static double score(byte[] bytes, int length, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars = CharBuffer.allocate(length + 1);
        decoder.decode(ByteBuffer.wrap(bytes, 0, length), chars, true);
        chars.flip();
        int nonAscii = 0;
        int plausible = 0;
        BitSet common = CommonHanzi.set();
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c >= 0x80) {
                nonAscii++;
                if (common.get(c) || isChinesePunctuation(c)) {
                    plausible++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) plausible / nonAscii;
    }

    private static boolean isChinesePunctuation(char c) {
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF5E') || (c >= '\u2010' && c <= '\u2027');
    }
}
