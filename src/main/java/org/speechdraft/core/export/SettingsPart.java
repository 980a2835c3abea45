package org.speechdraft.core.export;

/**
 * word/settings.xml: whether changes are tracked (in a 修订稿), whether even pages have footers of
 * their own (公文 page numbers), and that the document is laid out the way current Word writes its
 * own (not in 兼容模式).
 */
final class SettingsPart {

    private SettingsPart() {
    }

    /** @param trackRevisions Word's 修订 on: the reader's own edits are tracked too (a 修订稿's) */
    static byte[] write(boolean evenAndOddFooters, boolean trackRevisions) {
        XmlPart xml = XmlPart.root("w:settings", OoxmlNamespace.W);
        if (trackRevisions) {
            xml.empty("w:trackRevisions");
        }
        if (evenAndOddFooters) {
            xml.empty("w:evenAndOddHeaders"); // named for headers, it rules footers too
        }
        // Word 2013 and later write 15 here; without it Word opens the file in compatibility mode.
        xml.start("w:compat").empty("w:compatSetting").attribute("w:name", "compatibilityMode")
                .attribute("w:uri", "http://schemas.microsoft.com/office/word").attribute("w:val", "15").end();
        return xml.finish();
    }
}
