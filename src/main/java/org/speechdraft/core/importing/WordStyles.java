package org.speechdraft.core.importing;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * The paragraph styles of a Word document (word/styles.xml) as 公文 levels: by what the style is —
 * Word's built-in 标题 (Title), 副标题, heading 1…9 (in any language Word or WPS wrote them), or
 * our own exported 称呼, 一级标题 … 结束语 — else by its outline level, following the chain of
 * styles it is based on. Also the list (w:numPr) a style numbers its paragraphs in.
 */
final class WordStyles {

    private static final int MAX_CHAIN = 12;
    private static final Map<String, ParagraphLevel> NAMED = Map.ofEntries(
            Map.entry("title", ParagraphLevel.TITLE), Map.entry("标题", ParagraphLevel.TITLE),
            Map.entry("subtitle", ParagraphLevel.SUBTITLE), Map.entry("副标题", ParagraphLevel.SUBTITLE),
            Map.entry("salutation", ParagraphLevel.SALUTATION), Map.entry("称呼", ParagraphLevel.SALUTATION),
            Map.entry("closing", ParagraphLevel.CLOSING), Map.entry("结束语", ParagraphLevel.CLOSING),
            Map.entry("signature", ParagraphLevel.SIGNATURE), Map.entry("签名", ParagraphLevel.SIGNATURE),
            Map.entry("落款", ParagraphLevel.SIGNATURE), Map.entry("date", ParagraphLevel.SIGNATURE),
            Map.entry("日期", ParagraphLevel.SIGNATURE),
            Map.entry("一级标题", ParagraphLevel.HEADING_1), Map.entry("二级标题", ParagraphLevel.HEADING_2),
            Map.entry("三级标题", ParagraphLevel.HEADING_3), Map.entry("四级标题", ParagraphLevel.HEADING_4));

    private record Style(String name, String basedOn, Integer outlineLevel, String numId, Integer numLevel) {
    }

    /** The list a style numbers its paragraphs in (w:numPr): w:numId and w:ilvl, each null when not set. */
    record Numbering(String numId, Integer level) {
        static final Numbering NONE = new Numbering(null, null);
    }

    private final Map<String, Style> styles;

    private WordStyles(Map<String, Style> styles) {
        this.styles = styles;
    }

    static WordStyles none() {
        return new WordStyles(Map.of());
    }

    static WordStyles read(InputStream xml) throws XMLStreamException {
        Map<String, Style> styles = new HashMap<>();
        XMLStreamReader reader = SafeXml.reader(xml);
        String id = null;
        String name = null;
        String basedOn = null;
        Integer outline = null;
        String numId = null;
        Integer numLevel = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && WordXml.isW(reader)) {
                switch (reader.getLocalName()) {
                    case "style" -> {
                        id = WordXml.attribute(reader, "styleId");
                        name = null;
                        basedOn = null;
                        outline = null;
                        numId = null;
                        numLevel = null;
                    }
                    case "name" -> name = WordXml.attribute(reader, "val");
                    case "basedOn" -> basedOn = WordXml.attribute(reader, "val");
                    case "outlineLvl" -> outline = WordXml.intAttribute(reader, "val");
                    case "numId" -> numId = WordXml.attribute(reader, "val");
                    case "ilvl" -> numLevel = WordXml.intAttribute(reader, "val");
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && WordXml.isW(reader) && reader.getLocalName().equals("style")
                    && id != null) {
                styles.put(id, new Style(name, basedOn, outline, numId, numLevel));
                id = null;
            }
        }
        return new WordStyles(styles);
    }

    /**
     * The level of a paragraph in style {@code styleId} (null: the default style) with the outline
     * level set on the paragraph itself ({@code directOutline}, null if none).
     */
    ParagraphLevel level(String styleId, Integer directOutline) {
        String id = styleId;
        Integer inherited = null;
        for (int step = 0; id != null && step < MAX_CHAIN; step++) {
            Style style = styles.get(id);
            ParagraphLevel named = named(style == null ? null : style.name(), id);
            if (named != null) {
                return named;
            }
            if (style == null) {
                break;
            }
            if (inherited == null) {
                inherited = style.outlineLevel();
            }
            id = style.basedOn();
        }
        Integer outline = directOutline != null ? directOutline : inherited;
        return outline == null ? ParagraphLevel.BODY : fromOutline(outline);
    }

    /**
     * The list paragraphs of style {@code styleId} are numbered in: the nearest w:numId and w:ilvl
     * along the chain of styles it is based on.
     */
    Numbering numbering(String styleId) {
        String numId = null;
        Integer level = null;
        String id = styleId;
        for (int step = 0; id != null && step < MAX_CHAIN && (numId == null || level == null); step++) {
            Style style = styles.get(id);
            if (style == null) {
                break;
            }
            numId = numId != null ? numId : style.numId();
            level = level != null ? level : style.numLevel();
            id = style.basedOn();
        }
        return numId == null && level == null ? Numbering.NONE : new Numbering(numId, level);
    }

    /** By the style's name, or by its id when the document has no styles part. */
    private static ParagraphLevel named(String name, String id) {
        for (String candidate : new String[] {name, id}) {
            if (candidate == null) {
                continue;
            }
            String key = candidate.strip().toLowerCase(Locale.ROOT);
            ParagraphLevel level = NAMED.get(key);
            if (level != null) {
                return level;
            }
            Integer heading = headingNumber(key);
            if (heading != null) {
                return ParagraphLevel.heading(Math.min(heading, ParagraphLevel.HEADING_4.headingDepth()));
            }
        }
        return null;
    }

    /** "heading 2", "heading2", "标题 2", "标题2" → 2. */
    private static Integer headingNumber(String key) {
        String rest = key.startsWith("heading") ? key.substring("heading".length())
                : key.startsWith("标题") ? key.substring("标题".length()) : null;
        if (rest == null) {
            return null;
        }
        rest = rest.strip();
        return rest.matches("[1-9]") ? Integer.valueOf(rest) : null;
    }

    /** Word's outline levels 0–8 are headings (deeper ones as 四级), 9 is body text. */
    private static ParagraphLevel fromOutline(int outline) {
        if (outline < 0 || outline > 8) {
            return ParagraphLevel.BODY;
        }
        return ParagraphLevel.heading(Math.min(outline + 1, ParagraphLevel.HEADING_4.headingDepth()));
    }
}
