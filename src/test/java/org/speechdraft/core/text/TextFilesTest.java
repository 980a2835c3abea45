package org.speechdraft.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text files open whatever common encoding the office PC saved them in. */
class TextFilesTest {

    private static final String SPEECH = "同志们：\r\n一、稳中求进𠀋\r\n";

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutAByteOrderMark() {
        assertEquals(SPEECH, TextFiles.decode(SPEECH.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithAByteOrderMarkLosesTheMark() {
        byte[] bytes = withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SPEECH.getBytes(StandardCharsets.UTF_8));
        assertEquals(SPEECH, TextFiles.decode(bytes));
    }

    @Test
    void utf16LittleEndianWithAByteOrderMark() {
        byte[] bytes = withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, SPEECH.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(SPEECH, TextFiles.decode(bytes));
    }

    @Test
    void utf16BigEndianWithAByteOrderMark() {
        byte[] bytes = withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, SPEECH.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(SPEECH, TextFiles.decode(bytes));
    }

    @Test
    void gbkFromOlderWindowsTools() {
        String gbkText = "同志们：\r\n一、稳中求进，奋发有为\r\n";
        assertEquals(gbkText, TextFiles.decode(gbkText.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void gb18030IncludingCharactersBeyondGbk() {
        assertEquals(SPEECH, TextFiles.decode(SPEECH.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void emptyFileIsEmptyText() {
        assertEquals("", TextFiles.decode(new byte[0]));
        assertEquals("", TextFiles.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    }

    @Test
    void readDecodesAFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("讲话.txt"), "二、强化保障".getBytes(Charset.forName("GBK")));
        assertEquals("二、强化保障", TextFiles.read(file));
    }
}
