package org.speechdraft.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    @Test
    void big5FromTraditionalScriptSystemsIsDetected() {
        String traditional = "各位同仁：\r\n一、肯定成績，正視不足。縣委、縣政府高度重視義務教育均衡發展。\r\n";
        DecodedText decoded = TextFiles.decodeDetected(traditional.getBytes(Charset.forName("Big5")));
        assertEquals(traditional, decoded.text());
        assertEquals(Charset.forName("Big5"), decoded.charset());
    }

    @Test
    void traditionalScriptSavedAsGbkIsStillGbk() {
        String traditional = "在創建義務教育均衡發展達標縣工作推進會上的講話\r\n同志們：";
        DecodedText decoded = TextFiles.decodeDetected(traditional.getBytes(Charset.forName("GBK")));
        assertEquals(traditional, decoded.text());
        assertEquals(Charset.forName("GB18030"), decoded.charset());
    }

    @Test
    void aShortSimplifiedGbkLineIsNotMistakenForBig5() {
        for (String line : new String[] {"同志们：", "一、稳中求进", "谢谢大家！", "下面，我讲三点意见。"}) {
            assertEquals(Charset.forName("GB18030"), TextFiles.decodeDetected(line.getBytes(Charset.forName("GBK"))).charset(), line);
        }
    }

    @Test
    void theDetectedEncodingIsReportedAndAnotherCanBeChosen(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("讲话.txt"), "各位代表：大家好！".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, TextFiles.readDetected(file).charset());
        Path gbk = Files.write(dir.resolve("旧稿.txt"), "各位代表：大家好！".getBytes(Charset.forName("GBK")));
        assertEquals("各位代表：大家好！", TextFiles.read(gbk, Charset.forName("GBK")));
        assertEquals("各位代表：大家好！", TextFiles.read(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFileFarLargerThanASpeechIsRefusedUnreadAndQuickly(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("录像.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: takes no time and no disk
        }
        FileTooLargeException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileTooLargeException.class, () -> TextFiles.read(huge)));
        assertTrue(refused.getMessage().contains("录像.txt") && refused.getMessage().contains("50 MB"), refused.getMessage());
    }
}
