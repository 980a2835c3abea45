package org.speechdraft.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip around the parts of a DOCX (Open Packaging Conventions): the parts, the content type of
 * each ([Content_Types].xml) and the relationships that lead Word from the package to the
 * document (_rels/.rels) and from the document to its styles, settings, footers, font table and
 * comments (word/_rels/document.xml.rels).
 */
final class DocxPackage {

    static final String DOCUMENT_FOLDER = "word/";
    /** Where the relationship types of office documents are named: …/relationships/styles and so on. */
    static final String RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private record Part(String name, DocxPart kind, byte[] xml) {
    }

    private record Relationship(String id, String type, String target) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<Relationship> ofPackage = new ArrayList<>();
    private final List<Relationship> ofDocument = new ArrayList<>();

    /**
     * Adds a part and the relationship to it.
     *
     * @param name its path in the zip, e.g. "word/footer1.xml"
     * @return the relationship's id, which the document uses to refer to the part (a footer's r:id)
     */
    String add(String name, DocxPart kind, byte[] xml) {
        parts.add(new Part(name, kind, xml));
        List<Relationship> relationships = kind.ofDocument() ? ofDocument : ofPackage;
        // Targets are relative to the folder of the part that relates them.
        String target = kind.ofDocument() ? name.substring(DOCUMENT_FOLDER.length()) : name;
        String id = "rId" + (relationships.size() + 1);
        relationships.add(new Relationship(id, kind.relationshipType(), target));
        return id;
    }

    byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", relationships(ofPackage));
            for (Part part : parts) {
                entry(zip, part.name(), part.xml());
            }
            entry(zip, DOCUMENT_FOLDER + "_rels/document.xml.rels", relationships(ofDocument));
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private byte[] contentTypes() {
        XmlPart xml = XmlPart.root("Types", OoxmlNamespace.CONTENT_TYPES);
        xml.empty("Default").attribute("Extension", "rels")
                .attribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
        xml.empty("Default").attribute("Extension", "xml").attribute("ContentType", "application/xml");
        for (Part part : parts) {
            xml.empty("Override").attribute("PartName", "/" + part.name())
                    .attribute("ContentType", part.kind().contentType());
        }
        return xml.finish();
    }

    private static byte[] relationships(List<Relationship> relationships) {
        XmlPart xml = XmlPart.root("Relationships", OoxmlNamespace.RELATIONSHIPS);
        for (Relationship relationship : relationships) {
            xml.empty("Relationship").attribute("Id", relationship.id()).attribute("Type", relationship.type())
                    .attribute("Target", relationship.target());
        }
        return xml.finish();
    }
}
