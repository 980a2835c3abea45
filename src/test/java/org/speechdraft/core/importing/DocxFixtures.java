package org.speechdraft.core.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word documents written by hand in the tests: the parts a .docx needs, and hostile variants. */
final class DocxFixtures {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxFixtures() {
    }

    /** A document.xml whose body holds {@code paragraphs} (w:p elements). */
    static String document(String... paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<w:body>" + String.join("", paragraphs) + "</w:body></w:document>";
    }

    /** A paragraph in style {@code styleId} (null for none) with plain runs. */
    static String p(String styleId, String... runs) {
        StringBuilder xml = new StringBuilder("<w:p>");
        if (styleId != null) {
            xml.append("<w:pPr><w:pStyle w:val=\"").append(styleId).append("\"/></w:pPr>");
        }
        for (String run : runs) {
            xml.append(run.startsWith("<w:r>") ? run : r(run));
        }
        return xml.append("</w:p>").toString();
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    static String highlighted(String text) {
        return "<w:r><w:rPr><w:highlight w:val=\"yellow\"/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    /** A styles.xml with {@code styles} (w:style elements). */
    static String styles(String... styles) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">" + String.join("", styles)
                + "</w:styles>";
    }

    static String style(String id, String name, String basedOn, Integer outline) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + (outline == null ? "" : "<w:pPr><w:outlineLvl w:val=\"" + outline + "\"/></w:pPr>")
                + "</w:style>";
    }

    /** A paragraph in style {@code styleId} (null for none) numbered by Word in list {@code numId} at level {@code ilvl} (null: unset). */
    static String numbered(String styleId, int numId, Integer ilvl, String text) {
        return "<w:p><w:pPr>" + (styleId == null ? "" : "<w:pStyle w:val=\"" + styleId + "\"/>")
                + numPr(numId, ilvl) + "</w:pPr>" + r(text) + "</w:p>";
    }

    static String numPr(int numId, Integer ilvl) {
        return "<w:numPr>" + (ilvl == null ? "" : "<w:ilvl w:val=\"" + ilvl + "\"/>") + "<w:numId w:val=\"" + numId
                + "\"/></w:numPr>";
    }

    /** A numbering.xml with {@code parts} (w:abstractNum, then w:num elements). */
    static String numbering(String... parts) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W + "\">" + String.join("", parts)
                + "</w:numbering>";
    }

    static String abstractNum(int id, String... levels) {
        return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", levels) + "</w:abstractNum>";
    }

    /** A list level starting at 1 in format {@code numFmt} with marker {@code lvlText} ("%1、"). */
    static String lvl(int ilvl, String numFmt, String lvlText) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + numFmt + "\"/><w:lvlText w:val=\""
                + lvlText + "\"/><w:lvlJc w:val=\"left\"/></w:lvl>";
    }

    /** List {@code numId} numbered by definition {@code abstractId}, with w:lvlOverride elements if any. */
    static String num(int numId, int abstractId, String... overrides) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>" + String.join("", overrides)
                + "</w:num>";
    }

    static Path write(Path file, String documentXml, String stylesXml) throws IOException {
        return write(file, documentXml, stylesXml, null);
    }

    static Path write(Path file, String documentXml, String stylesXml, String numberingXml) throws IOException {
        Files.write(file, zip(documentXml, stylesXml, numberingXml));
        return file;
    }

    static byte[] zip(String documentXml, String stylesXml) throws IOException {
        return zip(documentXml, stylesXml, null);
    }

    static byte[] zip(String documentXml, String stylesXml, String numberingXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            entry(zip, "word/document.xml", documentXml);
            if (stylesXml != null) {
                entry(zip, "word/styles.xml", stylesXml);
            }
            if (numberingXml != null) {
                entry(zip, "word/numbering.xml", numberingXml);
            }
        }
        return bytes.toByteArray();
    }

    /** A .docx of exactly these parts (path in the zip → XML), for documents with comments, notes and more. */
    static Path writeParts(Path file, java.util.Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            for (var part : parts.entrySet()) {
                entry(zip, part.getKey(), part.getValue());
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** A part of the document's own kind (comments, footnotes, a header …) holding {@code content}. */
    static String part(String root, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:" + root + " xmlns:w=\"" + W + "\""
                + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
                + " xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\">" + content + "</w:" + root + ">";
    }

    /** Text inserted by {@code author} as a 修订. */
    static String ins(String author, String text) {
        return "<w:ins w:id=\"" + nextId() + "\" w:author=\"" + author + "\" w:date=\"2026-12-01T10:20:00Z\">" + r(text)
                + "</w:ins>";
    }

    /** Text deleted by {@code author} as a 修订. */
    static String del(String author, String text) {
        return "<w:del w:id=\"" + nextId() + "\" w:author=\"" + author + "\" w:date=\"2026-12-01T10:21:00Z\">"
                + "<w:r><w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r></w:del>";
    }

    private static int ids = 100;

    private static synchronized int nextId() {
        return ids++;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A .docx whose document.xml unpacks to {@code megabytes} MB of blanks between its elements: a zip bomb. */
    static Path bomb(Path file, int megabytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.write("<w:p><w:r><w:t>同志们：</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
