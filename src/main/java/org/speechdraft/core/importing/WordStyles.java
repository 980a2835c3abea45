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
 * styles it is based on. Also the list (w:numPr) a style numbers its paragraphs in, and the layout
 * it gives them (alignment, indent, size, weight, face), over the document's defaults.
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

    private record Style(String name, String basedOn, Integer outlineLevel, String numId, Integer numLevel,
                         Look look) {
    }

    /** What a style (or the document defaults) sets of a paragraph's layout; null where it says nothing. */
    record Look(ParagraphLayout.Justification justification, Boolean indented, Integer halfPoints, Boolean bold,
                String font) {

        static final Look NONE = new Look(null, null, null, null, null);
    }

    /** The list a style numbers its paragraphs in (w:numPr): w:numId and w:ilvl, each null when not set. */
    record Numbering(String numId, Integer level) {
        static final Numbering NONE = new Numbering(null, null);
    }

    private final Map<String, Style> styles;
    /** The paragraph style of paragraphs that name none (Normal, 正文). */
    private final String defaultStyle;
    private final Look defaults;
    /** The looks asked for so far: every run asks for its paragraph style's. */
    private final Map<String, Look> looks = new HashMap<>();

    private WordStyles(Map<String, Style> styles, String defaultStyle, Look defaults) {
        this.styles = styles;
        this.defaultStyle = defaultStyle;
        this.defaults = defaults;
    }

    static WordStyles none() {
        return new WordStyles(Map.of(), null, Look.NONE);
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
        String defaultStyle = null;
        LookReader look = new LookReader();
        Look defaults = Look.NONE;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && WordXml.isW(reader)) {
                switch (reader.getLocalName()) {
                    case "docDefaults" -> look = new LookReader();
                    case "style" -> {
                        id = WordXml.attribute(reader, "styleId");
                        if ("paragraph".equals(WordXml.attribute(reader, "type"))
                                && WordXml.isOn(reader, "default") && defaultStyle == null) {
                            defaultStyle = id;
                        }
                        name = null;
                        basedOn = null;
                        outline = null;
                        numId = null;
                        numLevel = null;
                        look = new LookReader();
                    }
                    case "name" -> name = WordXml.attribute(reader, "val");
                    case "basedOn" -> basedOn = WordXml.attribute(reader, "val");
                    case "outlineLvl" -> outline = WordXml.intAttribute(reader, "val");
                    case "numId" -> numId = WordXml.attribute(reader, "val");
                    case "ilvl" -> numLevel = WordXml.intAttribute(reader, "val");
                    default -> look.start(reader);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && WordXml.isW(reader)) {
                String local = reader.getLocalName();
                if (local.equals("style") && id != null) {
                    styles.put(id, new Style(name, basedOn, outline, numId, numLevel, look.look()));
                    id = null;
                } else if (local.equals("docDefaults")) {
                    defaults = look.look();
                } else {
                    look.end(local);
                }
            }
        }
        return new WordStyles(styles, defaultStyle, defaults);
    }

    /**
     * The layout a paragraph in style {@code styleId} (null: the default style) gets from it, the
     * styles it is based on and the document defaults, the nearest setting winning.
     */
    Look look(String styleId) {
        String key = styleId != null ? styleId : "";
        Look known = looks.get(key);
        if (known == null) {
            known = lookUp(styleId);
            looks.put(key, known);
        }
        return known;
    }

    private Look lookUp(String styleId) {
        ParagraphLayout.Justification justification = null;
        Boolean indented = null;
        Integer halfPoints = null;
        Boolean bold = null;
        String font = null;
        String id = styleId != null ? styleId : defaultStyle;
        for (int step = 0; id != null && step < MAX_CHAIN; step++) {
            Style style = styles.get(id);
            if (style == null) {
                break;
            }
            Look l = style.look();
            justification = justification != null ? justification : l.justification();
            indented = indented != null ? indented : l.indented();
            halfPoints = halfPoints != null ? halfPoints : l.halfPoints();
            bold = bold != null ? bold : l.bold();
            font = font != null ? font : l.font();
            id = style.basedOn();
        }
        return new Look(justification != null ? justification : defaults.justification(),
                indented != null ? indented : defaults.indented(),
                halfPoints != null ? halfPoints : defaults.halfPoints(),
                bold != null ? bold : defaults.bold(),
                font != null ? font : defaults.font());
    }

    /** The name a style goes by in Word's list ("标题 1"), its id when it has none, or null for none. */
    String displayName(String styleId) {
        String id = styleId != null ? styleId : defaultStyle;
        Style style = id == null ? null : styles.get(id);
        return style != null && style.name() != null ? style.name() : id;
    }

    /**
     * Reads the layout properties inside one style (or the defaults): w:jc and w:ind of its
     * paragraph properties, w:sz, w:b and w:rFonts of its run properties. The same elements serve
     * a paragraph's own properties in the document ({@link #start} with the reader on them).
     */
    static final class LookReader {

        private ParagraphLayout.Justification justification;
        private Boolean indented;
        private Integer halfPoints;
        private Boolean bold;
        private String font;
        private boolean inRunProperties;

        void start(XMLStreamReader reader) {
            switch (reader.getLocalName()) {
                case "rPr" -> inRunProperties = true;
                case "jc" -> justification = ParagraphLayout.Justification.of(WordXml.attribute(reader, "val"));
                case "ind" -> indented = indentsFirstLine(reader);
                case "sz" -> halfPoints = inRunProperties ? WordXml.intAttribute(reader, "val") : halfPoints;
                case "b" -> bold = inRunProperties ? WordXml.isOn(reader) : bold;
                case "rFonts" -> {
                    String eastAsia = WordXml.attribute(reader, "eastAsia");
                    font = inRunProperties && eastAsia != null ? eastAsia : font;
                }
                default -> { }
            }
        }

        void end(String localName) {
            if (localName.equals("rPr")) {
                inRunProperties = false;
            }
        }

        Look look() {
            return new Look(justification, indented, halfPoints, bold, font);
        }

        /** w:ind: the first line starts in from the margin (a first-line or left indent, not undone by a hanging one). */
        private static boolean indentsFirstLine(XMLStreamReader reader) {
            int first = positive(WordXml.intAttribute(reader, "firstLine"))
                    + positive(WordXml.intAttribute(reader, "firstLineChars"));
            int left = positive(WordXml.intAttribute(reader, "left")) + positive(WordXml.intAttribute(reader, "start"))
                    + positive(WordXml.intAttribute(reader, "leftChars"));
            int hanging = positive(WordXml.intAttribute(reader, "hanging"))
                    + positive(WordXml.intAttribute(reader, "hangingChars"));
            return first > 0 || left - hanging > 0;
        }

        private static int positive(Integer value) {
            return value == null ? 0 : Math.max(0, value);
        }
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
