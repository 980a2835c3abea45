package org.speechdraft.core.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path dir;

    @Test
    void missingFileHasNoStamp() {
        assertTrue(FileStamp.of(dir.resolve("无.sdraft")).isEmpty());
    }

    @Test
    void untouchedFileMatches() throws IOException {
        Path file = Files.writeString(dir.resolve("讲话.sdraft"), "原稿");

        FileStamp stamp = FileStamp.of(file).orElseThrow();

        assertTrue(stamp.matches(file));
    }

    @Test
    void colleagueEditingTheFileIsNoticed() throws IOException {
        Path file = Files.writeString(dir.resolve("讲话.sdraft"), "原稿");
        FileStamp stamp = FileStamp.of(file).orElseThrow();

        Files.writeString(file, "原稿，经办公室修改");

        assertFalse(stamp.matches(file));
    }

    @Test
    void sameSizeButNewerIsNoticed() throws IOException {
        Path file = Files.writeString(dir.resolve("讲话.sdraft"), "甲稿");
        FileStamp stamp = FileStamp.of(file).orElseThrow();

        Files.writeString(file, "乙稿");
        Files.setLastModifiedTime(file, FileTime.from(stamp.lastModifiedMillis() + 2000, TimeUnit.MILLISECONDS));

        assertFalse(stamp.matches(file));
    }

    @Test
    void deletedFileDoesNotMatch() throws IOException {
        Path file = Files.writeString(dir.resolve("讲话.sdraft"), "原稿");
        FileStamp stamp = FileStamp.of(file).orElseThrow();

        Files.delete(file);

        assertFalse(stamp.matches(file));
    }
}
