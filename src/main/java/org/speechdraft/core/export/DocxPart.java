package org.speechdraft.core.export;

/**
 * The kinds of part in the DOCX packages we write: each one's content type, and the relationship
 * that points to it — from the package (the document and its properties) or from the document
 * (styles, settings, footers, the font table).
 */
enum DocxPart {
    DOCUMENT("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            DocxPackage.RELATIONSHIP_TYPES + "officeDocument", false),
    CORE_PROPERTIES("application/vnd.openxmlformats-package.core-properties+xml",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", false),
    EXTENDED_PROPERTIES("application/vnd.openxmlformats-officedocument.extended-properties+xml",
            DocxPackage.RELATIONSHIP_TYPES + "extended-properties", false),
    STYLES("application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
            DocxPackage.RELATIONSHIP_TYPES + "styles", true),
    SETTINGS("application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
            DocxPackage.RELATIONSHIP_TYPES + "settings", true),
    FOOTER("application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
            DocxPackage.RELATIONSHIP_TYPES + "footer", true),
    FONT_TABLE("application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
            DocxPackage.RELATIONSHIP_TYPES + "fontTable", true);

    private final String contentType;
    private final String relationshipType;
    private final boolean ofDocument;

    DocxPart(String contentType, String relationshipType, boolean ofDocument) {
        this.contentType = contentType;
        this.relationshipType = relationshipType;
        this.ofDocument = ofDocument;
    }

    String contentType() {
        return contentType;
    }

    String relationshipType() {
        return relationshipType;
    }

    /** Related from word/document.xml rather than from the package. */
    boolean ofDocument() {
        return ofDocument;
    }
}
