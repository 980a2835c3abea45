package org.speechdraft.core.export;

/**
 * The kinds of part in the DOCX packages we write: each one's content type, and the relationship
 * that points to it — from the package (the document and its properties) or from the document
 * (styles, settings, footers, the font table, the comments).
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
            DocxPackage.RELATIONSHIP_TYPES + "fontTable", true),
    COMMENTS("application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
            DocxPackage.RELATIONSHIP_TYPES + "comments", true),
    /** Word 2013's own part, related by a type of Microsoft's namespace. */
    COMMENTS_EXTENDED("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
            "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", true);

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
