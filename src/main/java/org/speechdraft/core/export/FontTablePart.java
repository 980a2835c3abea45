package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * word/fontTable.xml: every face the preset names, described so that Word on a machine without it
 * (most lack the _GB2312 and 方正 faces) substitutes a sensible one — the face's first fallback as
 * w:altName (仿宋_GB2312 → 仿宋), then a face of the same character set, family and pitch. No
 * panose numbers: they describe a face's shapes, which only the face itself can tell.
 */
final class FontTablePart {

    /** GB2312_CHARSET (134), written in hex as Word does. */
    static final String GB2312 = "86";
    static final String ANSI = "00";

    /**
     * One face of the table.
     *
     * @param altName what stands in for it, null for none
     * @param chinese a face for Chinese text (a w:eastAsia face), else for Latin letters and digits
     */
    record Face(String name, String altName, boolean chinese) {

        /**
         * Chinese faces set every ideograph on one full-width pitch, what Word's "modern"/"fixed"
         * stands for; Latin faces are proportional, Times New Roman a serif ("roman") one.
         */
        void writeTo(XmlPart xml) {
            xml.start("w:font").attribute("w:name", name);
            if (altName != null) {
                xml.empty("w:altName").attribute("w:val", altName);
            }
            xml.empty("w:charset").attribute("w:val", chinese ? GB2312 : ANSI);
            xml.empty("w:family").attribute("w:val", chinese ? "modern" : FontSpec.TIMES.equals(name) ? "roman" : "auto");
            xml.empty("w:pitch").attribute("w:val", chinese ? "fixed" : "variable");
            xml.end();
        }
    }

    private FontTablePart() {
    }

    /** The faces of every level and of the page numbers, each once, the Chinese one of a pair first. */
    static List<Face> faces(ExportPreset preset) {
        List<FontSpec> specs = new ArrayList<>();
        for (ParagraphLevel level : ParagraphLevel.values()) {
            specs.add(preset.format(level).font());
        }
        specs.add(preset.pageNumbers().font());
        Map<String, Face> faces = new LinkedHashMap<>();
        for (FontSpec spec : specs) {
            String altName = spec.fallbacks().isEmpty() ? null : spec.fallbacks().get(0);
            faces.putIfAbsent(spec.eastAsia(), new Face(spec.eastAsia(), altName, true));
            faces.putIfAbsent(spec.latin(), new Face(spec.latin(), null, false));
        }
        return List.copyOf(faces.values());
    }

    static byte[] write(ExportPreset preset) {
        XmlPart xml = XmlPart.root("w:fonts", OoxmlNamespace.W);
        for (Face face : faces(preset)) {
            face.writeTo(xml);
        }
        return xml.finish();
    }
}
