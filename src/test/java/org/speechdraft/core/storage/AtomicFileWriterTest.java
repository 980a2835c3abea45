package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void diskFullHalfwayLeavesOldFileIdenticalAndNoTempFiles() throws IOException {
        Path target = dir.resolve("讲话.sdraft");
        byte[] old = utf8("{\"formatVersion\": 1, \"paragraphs\": [] } 旧的内容");
        Files.write(target, old);
        byte[] replacement = utf8("新的内容".repeat(10_000));

        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(replacement, 0, replacement.length / 2);
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of("讲话.sdraft"), fileNames());
    }

    @Test
    void crashingWriterLeavesNoTempFiles() throws IOException {
        Path target = dir.resolve("讲话.sdraft");
        Files.writeString(target, "旧的内容");

        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write(utf8("一半"));
            throw new IllegalStateException("bug in a writer");
        }));

        assertEquals("旧的内容", Files.readString(target));
        assertEquals(List.of("讲话.sdraft"), fileNames());
    }

    @Test
    void secondWriteKeepsPreviousVersionInBackup() throws IOException {
        Path target = dir.resolve("讲话.sdraft");

        AtomicFileWriter.write(target, utf8("第一版"));
        AtomicFileWriter.write(target, utf8("第二版"));

        assertEquals("第二版", Files.readString(target));
        assertEquals("第一版", Files.readString(AtomicFileWriter.backupOf(target)));
        assertEquals(List.of("讲话.sdraft", "讲话.sdraft.bak"), fileNames());
    }

    @Test
    void failedWriteKeepsTheEarlierBackupToo() throws IOException {
        Path target = dir.resolve("讲话.sdraft");
        AtomicFileWriter.write(target, utf8("第一版"));
        AtomicFileWriter.write(target, utf8("第二版"));

        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            throw new IOException("No space left on device");
        }));

        assertEquals("第二版", Files.readString(target));
        assertEquals("第一版", Files.readString(AtomicFileWriter.backupOf(target)));
    }

    @Test
    void backupThatCannotBeWrittenFailsTheWriteSafely() throws IOException {
        Path target = Files.writeString(dir.resolve("讲话.sdraft"), "旧的内容");
        Files.createDirectories(AtomicFileWriter.backupOf(target).resolve("挡路的文件夹"));

        assertThrows(IOException.class, () -> AtomicFileWriter.write(target, utf8("新的内容")));

        assertEquals("旧的内容", Files.readString(target));
        assertEquals(List.of("讲话.sdraft", "讲话.sdraft.bak"), fileNames());
    }

    @Test
    void firstWriteCreatesMissingFoldersAndNoBackup() throws IOException {
        Path target = dir.resolve("文稿").resolve("2024年").resolve("讲话.sdraft");

        AtomicFileWriter.write(target, utf8("内容"));

        assertEquals("内容", Files.readString(target));
        assertFalse(Files.exists(AtomicFileWriter.backupOf(target)));
    }

    @Test
    void writerMayCloseTheStreamItself() throws IOException {
        Path target = dir.resolve("讲话.sdraft");

        AtomicFileWriter.write(target, out -> {
            try (OutputStream own = out) {
                own.write(utf8("写完就关"));
            }
        });

        assertEquals("写完就关", Files.readString(target));
    }

    @Test
    void writeWithoutBackupReplacesOnly() throws IOException {
        Path target = dir.resolve("a.sdraft-autosave");

        AtomicFileWriter.writeWithoutBackup(target, utf8("一"));
        AtomicFileWriter.writeWithoutBackup(target, utf8("二"));

        assertEquals("二", Files.readString(target));
        assertEquals(List.of("a.sdraft-autosave"), fileNames());
    }

    @Test
    void writingThroughASymbolicLinkKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("真实.sdraft"), "旧");
        Path link = Files.createSymbolicLink(dir.resolve("快捷方式.sdraft"), real);

        AtomicFileWriter.write(link, utf8("新"));

        assertEquals("新", Files.readString(real));
        assertEquals(real, Files.readSymbolicLink(link));
    }

    @Test
    void backupSitsNextToTheTarget() {
        Path target = dir.resolve("讲话.sdraft");

        assertEquals(dir.resolve("讲话.sdraft.bak"), AtomicFileWriter.backupOf(target));
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
