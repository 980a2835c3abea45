package org.speechdraft.core.importing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.cleanup.CleanupOptions;

/** Files made to hurt are refused with a Chinese message within five seconds, never a hang, a crash or a stack trace. */
class HostileFileTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private String refusal(Path file) {
        ImportException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(ImportException.class,
                () -> new SpeechImporter().importFile(file, null, CleanupOptions.DEFAULTS)));
        assertTrue(e.getMessage().codePoints().anyMatch(Character::isIdeographic), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aZipBombIsStoppedLongBeforeItUnpacks() throws IOException {
        Path bomb = DocxFixtures.bomb(dir.resolve("炸弹.docx"), 200);
        assertTrue(Files.size(bomb) < 1024 * 1024, "the bomb packs small");
        assertTrue(refusal(bomb).contains("异常巨大"));
    }

    @Test
    void aDocumentWithAnExternalEntityIsRefusedUnread() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        Path file = DocxFixtures.write(dir.resolve("实体.docx"), xxe, null);
        assertTrue(refusal(file).contains("DTD"));
    }

    @Test
    void billionLaughsAreRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a0 \"哈哈\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + dtd + "]><w:document xmlns:w=\"" + DocxFixtures.W
                + "\"><w:body><w:p><w:r><w:t>&a10;</w:t></w:r></w:p></w:body></w:document>";
        assertTrue(refusal(DocxFixtures.write(dir.resolve("笑声.docx"), xml, null)).contains("DTD"));
    }

    @Test
    void aNumberingPartWithEntitiesIsRefusedLikeTheDocument() throws IOException {
        String numbering = "<?xml version=\"1.0\"?><!DOCTYPE w:numbering [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:numbering xmlns:w=\"" + DocxFixtures.W + "\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
                + "<w:lvlText w:val=\"&xxe;\"/></w:lvl></w:abstractNum></w:numbering>";
        Path file = DocxFixtures.write(dir.resolve("编号.docx"),
                DocxFixtures.document(DocxFixtures.numbered(null, 1, 0, "同志们：")), null, numbering);
        assertTrue(refusal(file).contains("DTD"));
    }

    @Test
    void aTruncatedDocumentIsReportedAsIncomplete() throws IOException {
        byte[] whole = DocxFixtures.zip(DocxFixtures.document(DocxFixtures.p(null, "同志们：")), null);
        Path file = Files.write(dir.resolve("半截.docx"), Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refusal(file).contains("不完整"));
    }

    @Test
    void randomBytesNamedDocxAreNoWordDocument() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        assertTrue(refusal(Files.write(dir.resolve("乱码.docx"), noise)).contains("不是有效的 Word 文档"));
    }

    @Test
    void anOldBinaryWordFileIsToldApart() throws IOException {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertTrue(refusal(Files.write(dir.resolve("旧稿.docx"), ole)).contains(".doc"));
    }

    @Test
    void aFiftyMegabyteTextIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("日志.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertTrue(refusal(huge).contains("上限"));
    }

    @Test
    void aHugeDocxFileIsRefusedUnread() throws IOException {
        Path huge = dir.resolve("超大.docx");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(new byte[] {'P', 'K', 3, 4});
            file.setLength(40L * 1024 * 1024);
        }
        assertTrue(refusal(huge).contains("上限"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertTrue(refusal(dir.resolve("不存在.txt")).contains("找不到"));
    }
}
