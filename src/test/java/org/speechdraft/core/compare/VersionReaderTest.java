package org.speechdraft.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.storage.DraftCodec;

class VersionReaderTest {

    @TempDir
    Path dir;

    private final VersionReader reader = new VersionReader();

    private static List<String> texts(List<DraftParagraph> paragraphs) {
        return paragraphs.stream().map(DraftParagraph::text).toList();
    }

    @Test
    void aDraftIsReadWithItsLevels() throws Exception {
        Path file = dir.resolve("初稿.sdraft");
        List<DraftParagraph> paragraphs = List.of(DraftParagraph.of(ParagraphLevel.TITLE, "在全市安全生产会议上的讲话"),
                DraftParagraph.of(ParagraphLevel.BODY, "同志们："));
        new DraftCodec().write(file, Draft.of(paragraphs));

        assertEquals(paragraphs, reader.read(file));
    }

    @Test
    void aGbkTextFileIsReadOneParagraphANonBlankLine() throws Exception {
        Path file = dir.resolve("旧稿.txt");
        Files.write(file, "同志们：\r\n\r\n　　今年投入资金12亿元。\r\n".getBytes(Charset.forName("GBK")));

        assertEquals(List.of("同志们：", "今年投入资金12亿元。"), texts(reader.read(file)));
    }

    @Test
    void aWordDocumentsParagraphsAndTableCellsAreReadInOrder() throws Exception {
        Path file = dir.resolve("局长修改稿.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("同志们：");
            doc.createParagraph().createRun().setText("");
            doc.createParagraph().createRun().setText("今年投入资金15亿元。");
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("附：重点项目表");
            doc.createParagraph().createRun().setText("谢谢大家！");
            doc.write(out);
        }

        assertEquals(List.of("同志们：", "今年投入资金15亿元。", "附：重点项目表", "谢谢大家！"), texts(reader.read(file)));
    }

    @Test
    void aMarkedUpWordDocumentIsReadAsItIsAfterItsRevisionsWithWhoMadeThem() throws Exception {
        Path file = dir.resolve("局长修订稿.docx");
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String document = "<w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>今年投入资金</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"张局长\"><w:r><w:delText>12</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"张局长\"><w:r><w:t>15</w:t></w:r></w:ins>"
                + "<w:r><w:t>亿元。</w:t></w:r></w:p></w:body></w:document>";
        try (OutputStream out = Files.newOutputStream(file);
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(document.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        VersionReader.Version version = reader.readVersion(file);

        assertEquals(List.of("今年投入资金15亿元。"), texts(version.paragraphs()));
        assertTrue(version.isRevised());
        assertEquals(List.of("张局长", "张局长"), version.revisions().stream().map(r -> r.author()).toList());
    }

    @Test
    void aFakeWordDocumentIsRefusedInChinese() throws Exception {
        Path file = dir.resolve("假的.docx");
        Files.writeString(file, "这不是 Word 文档", StandardCharsets.UTF_8);

        VersionFileException e = assertThrows(VersionFileException.class, () -> reader.read(file));

        assertTrue(e.getMessage().contains("假的.docx") && e.getMessage().contains("不是有效的 Word 文档"), e.getMessage());
    }

    @Test
    void aWordDocumentTooLargeForASpeechIsRefusedUnread() throws Exception {
        Path file = dir.resolve("巨大.docx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(60L * 1024 * 1024);
        }

        VersionFileException e = assertThrows(VersionFileException.class, () -> reader.read(file));

        assertTrue(e.getMessage().contains("巨大.docx"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        VersionFileException e = assertThrows(VersionFileException.class, () -> reader.read(dir.resolve("没有.txt")));

        assertTrue(e.getMessage().startsWith("找不到文件“没有.txt”"), e.getMessage());
    }

    @Test
    void theWordReaderCanBeReplaced() throws Exception {
        Path file = dir.resolve("任意.docx");
        Files.writeString(file, "x");
        VersionReader withImporter = new VersionReader(docx -> VersionReader.Version.of(
                List.of(DraftParagraph.of(ParagraphLevel.TITLE, "导入的标题"))));

        assertEquals(List.of("导入的标题"), texts(withImporter.read(file)));
    }
}
