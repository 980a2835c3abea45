package org.speechdraft.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/** Exports write the whole file or nothing, replace an older export, and explain failures in Chinese. */
class ExportWritingTest {

    @TempDir
    Path dir;

    @Test
    void anExportReplacesTheFileWithoutLeavingBackupsOrTempFiles() throws IOException {
        Path file = dir.resolve("讲话.docx");
        Files.writeString(file, "an older export");

        new DocxExporter().export(SampleSpeech.draft(), BuiltInPresets.gongwen(), file);

        assertArrayEquals(new byte[] {'P', 'K'}, java.util.Arrays.copyOf(Files.readAllBytes(file), 2), "a zip now");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aFailedExportLeavesTheOldFileAndSaysWhyInChinese() throws IOException {
        Path blocker = dir.resolve("不是文件夹");
        Files.writeString(blocker, "x");
        Path file = blocker.resolve("讲话.docx"); // its folder is a file: cannot be written

        IOException e = assertThrows(IOException.class,
                () -> new DocxExporter().export(SampleSpeech.draft(), BuiltInPresets.gongwen(), file));

        String message = ExportProblem.describe(file, e);
        assertTrue(message.startsWith("未能导出“讲话.docx”："), message);
        assertFalse(message.contains("Exception"), message);
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void anEmptyDraftGivesAValidDocument() throws IOException {
        Path file = dir.resolve("空.docx");

        ExportResult result = new DocxExporter().export(Draft.empty(), BuiltInPresets.gongwen(), file);

        assertFalse(result.hasRemaining());
        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals(1, docx.paragraphs().size());
            assertEquals(null, docx.doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theTitleParagraphNamesTheDocumentWhenTheDraftHasNoDetails() throws IOException {
        Path file = dir.resolve("无标题.docx");
        Draft draft = Draft.of(List.of(DraftParagraph.of(ParagraphLevel.TITLE, " 在全县大会上的讲话 "),
                DraftParagraph.of(ParagraphLevel.BODY, "正文。")));

        new DocxExporter().export(draft, BuiltInPresets.largePrint(), file);

        try (ExportedDocx docx = ExportedDocx.read(file)) {
            assertEquals("在全县大会上的讲话", docx.doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theFormatFollowsTheFileName() {
        assertEquals(ExportFormat.DOCX, ExportFormat.forFile(Path.of("a/讲话.DOCX")).orElseThrow());
        assertEquals(ExportFormat.TEXT, ExportFormat.forFile(Path.of("讲话.txt")).orElseThrow());
        assertTrue(ExportFormat.forFile(Path.of("讲话.pdf")).isEmpty());
    }
}
