package org.speechdraft.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads text files in the encodings speeches arrive in: UTF-8 with or without a byte order mark,
 * UTF-16 with a byte order mark (Windows Notepad's "Unicode"), GB18030 (which covers GBK and
 * GB2312 — what older Windows tools and WPS write) and Big5 (traditional-script files). Without a
 * byte order mark or valid UTF-8, GB18030 and Big5 are told apart by which one reads as common
 * Chinese ({@link EncodingGuess}). The byte order mark is not part of the text. Files larger than
 * {@link #MAX_TEXT_BYTES} are refused unread.
 */
public final class TextFiles {

    /** Far beyond any speech (a long report is a few hundred KB); a larger file was picked by mistake. */
    public static final long MAX_TEXT_BYTES = 20L * 1024 * 1024;

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    private TextFiles() {
    }

    /** The encodings a user may choose to reopen a file in, the usual ones first. */
    public static List<Charset> commonEncodings() {
        return List.of(StandardCharsets.UTF_8, GB18030, BIG5, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    }

    public static String read(Path file) throws IOException {
        return readDetected(file).text();
    }

    /** The file's text and the encoding it was found to be in. */
    public static DecodedText readDetected(Path file) throws IOException {
        return decodeDetected(readBytes(file));
    }

    /** The file read in {@code charset}, as when the user reopens a wrongly detected file in another encoding. */
    public static String read(Path file, Charset charset) throws IOException {
        return decode(readBytes(file), charset);
    }

    public static String decode(byte[] bytes) {
        return decodeDetected(bytes).text();
    }

    public static DecodedText decodeDetected(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            // Strict: GBK and Big5 bytes are rarely valid UTF-8, so a failure means the file is not UTF-8.
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new DecodedText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset charset = EncodingGuess.chineseDoubleByte(bytes);
            return new DecodedText(new String(bytes, charset), charset);
        }
    }

    /** {@code bytes} in {@code charset}, without a byte order mark; undecodable bytes become U+FFFD. */
    public static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The file's bytes, refused before reading when the file is larger than {@link #MAX_TEXT_BYTES}. */
    public static byte[] readBytes(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_TEXT_BYTES) {
            throw new FileTooLargeException(file, size, MAX_TEXT_BYTES);
        }
        return Files.readAllBytes(file);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
