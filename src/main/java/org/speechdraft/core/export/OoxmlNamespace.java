package org.speechdraft.core.export;

/**
 * The XML namespaces of the DOCX parts we write, with the prefixes Word uses for them. The
 * packaging ones are declared as the default namespace of their part ({@code prefix} empty).
 */
enum OoxmlNamespace {
    /** WordprocessingML: document, styles, settings, footers. */
    W("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    /** Word 2010's additions: the w14:paraId that threads replies to comments. */
    W14("w14", "http://schemas.microsoft.com/office/word/2010/wordml"),
    /** Word 2013's additions: commentsExtended, which threads replies and marks comments done. */
    W15("w15", "http://schemas.microsoft.com/office/word/2012/wordml"),
    /** Markup compatibility: mc:Ignorable names the namespaces an older reader may skip. */
    MC("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    /** Relationship ids, as in a footer reference's r:id. */
    R("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    CP("cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
    DC("dc", "http://purl.org/dc/elements/1.1/"),
    DCTERMS("dcterms", "http://purl.org/dc/terms/"),
    XSI("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    CONTENT_TYPES("", "http://schemas.openxmlformats.org/package/2006/content-types"),
    RELATIONSHIPS("", "http://schemas.openxmlformats.org/package/2006/relationships"),
    EXTENDED_PROPERTIES("", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");

    private final String prefix;
    private final String uri;

    OoxmlNamespace(String prefix, String uri) {
        this.prefix = prefix;
        this.uri = uri;
    }

    String prefix() {
        return prefix;
    }

    String uri() {
        return uri;
    }
}
