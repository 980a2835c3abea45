package org.speechdraft.core.importing;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The list definitions of a Word document (word/numbering.xml): for each list (w:num) its
 * definition (w:abstractNum) and for each of its levels the start value, the number format and the
 * marker text pattern ("%1、", "（%1）"), with the start values and levels a list overrides.
 */
final class WordNumbering {

    /** Word numbers nine levels, 0–8. */
    static final int LEVELS = 9;

    /**
     * One level of a list.
     *
     * @param format  w:numFmt: decimal, chineseCounting, bullet, none …
     * @param text    w:lvlText: the marker with %1…%9 standing for the numbers of levels 1…9
     * @param legal   w:isLgl: every number of the marker in Arabic digits
     * @param styleId w:pStyle: the paragraph style this level numbers, or null
     * @param suffix  w:suff: what Word puts after the marker: tab, space or nothing
     */
    record Level(int start, String format, String text, boolean legal, String styleId, String suffix) {

        /** Word always writes w:start; lists start at 1 in practice when it is missing. */
        static final Level PLAIN = new Level(1, "decimal", "", false, null, "tab");

        Level withStart(int newStart) {
            return new Level(newStart, format, text, legal, styleId, suffix);
        }
    }

    /**
     * A list: the definition it numbers by, with the levels it defines anew (w:lvlOverride/w:lvl)
     * and the levels it starts again (w:startOverride).
     */
    record Instance(String abstractId, Map<Integer, Level> levels, Map<Integer, Integer> starts) {

        /** A list that overrides anything counts on its own; lists sharing a plain definition count together. */
        boolean overridesNothing() {
            return levels.isEmpty() && starts.isEmpty();
        }
    }

    private final Map<String, Map<Integer, Level>> definitions;
    private final Map<String, Instance> instances;

    private WordNumbering(Map<String, Map<Integer, Level>> definitions, Map<String, Instance> instances) {
        this.definitions = definitions;
        this.instances = instances;
    }

    static WordNumbering none() {
        return new WordNumbering(Map.of(), Map.of());
    }

    static WordNumbering read(InputStream xml) throws XMLStreamException {
        return new NumberingParse().run(SafeXml.reader(xml));
    }

    /** The list numbered {@code numId}, or null for 0 (no numbering) and lists the document does not define. */
    Instance instance(String numId) {
        Instance instance = numId == null ? null : instances.get(numId.strip());
        return instance == null || !definitions.containsKey(instance.abstractId()) ? null : instance;
    }

    /** Level {@code ilvl} of a list, as it overrides it or else as its definition has it. */
    Level level(Instance instance, int ilvl) {
        Level level = instance.levels().get(ilvl);
        if (level == null) {
            level = definitions.get(instance.abstractId()).getOrDefault(ilvl, Level.PLAIN);
        }
        Integer start = instance.starts().get(ilvl);
        return start == null ? level : level.withStart(start);
    }

    /** The level of the list that numbers paragraphs of style {@code styleId} (w:pStyle in a level), or -1. */
    int levelOfStyle(Instance instance, String styleId) {
        if (styleId != null) {
            for (Map.Entry<Integer, Level> level : definitions.get(instance.abstractId()).entrySet()) {
                if (styleId.equals(level.getValue().styleId())) {
                    return level.getKey();
                }
            }
        }
        return -1;
    }

    /** The state of the walk through numbering.xml. */
    private static final class NumberingParse {

        private final Map<String, Map<Integer, Level>> definitions = new HashMap<>();
        private final Map<String, Instance> instances = new HashMap<>();
        /** The levels being read: of a w:abstractNum, or those a w:num defines anew. */
        private Map<Integer, Level> levels;
        private Map<Integer, Integer> starts;
        private String numId;
        private Integer overrideLevel;
        private Integer ilvl;
        private int start;
        private String format;
        private String text;
        private boolean legal;
        private String styleId;
        private String suffix;

        WordNumbering run(XMLStreamReader reader) throws XMLStreamException {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && WordXml.isW(reader)) {
                    start(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT && WordXml.isW(reader)) {
                    end(reader.getLocalName());
                }
            }
            return new WordNumbering(definitions, instances);
        }

        private void start(XMLStreamReader reader) {
            switch (reader.getLocalName()) {
                case "abstractNum" -> {
                    levels = new HashMap<>();
                    String id = WordXml.attribute(reader, "abstractNumId");
                    if (id != null) {
                        definitions.put(id.strip(), levels);
                    }
                }
                case "num" -> {
                    levels = new HashMap<>();
                    starts = new HashMap<>();
                    numId = WordXml.attribute(reader, "numId");
                }
                case "abstractNumId" -> {
                    String id = WordXml.attribute(reader, "val");
                    if (numId != null && id != null) {
                        instances.put(numId.strip(), new Instance(id.strip(), levels, starts));
                    }
                }
                case "lvlOverride" -> overrideLevel = WordXml.intAttribute(reader, "ilvl");
                case "startOverride" -> {
                    Integer restart = WordXml.intAttribute(reader, "val");
                    if (starts != null && overrideLevel != null && restart != null) {
                        starts.put(overrideLevel, restart);
                    }
                }
                case "lvl" -> {
                    ilvl = WordXml.intAttribute(reader, "ilvl");
                    start = Level.PLAIN.start();
                    format = Level.PLAIN.format();
                    text = Level.PLAIN.text();
                    legal = false;
                    styleId = null;
                    suffix = Level.PLAIN.suffix();
                }
                case "start" -> start = valueOr(WordXml.intAttribute(reader, "val"), start);
                case "numFmt" -> format = valueOr(WordXml.attribute(reader, "val"), format);
                case "lvlText" -> text = valueOr(WordXml.attribute(reader, "val"), text);
                case "isLgl" -> legal = WordXml.isOn(reader);
                case "pStyle" -> styleId = WordXml.attribute(reader, "val");
                case "suff" -> suffix = valueOr(WordXml.attribute(reader, "val"), suffix);
                default -> { }
            }
        }

        private void end(String localName) {
            switch (localName) {
                case "lvl" -> {
                    if (levels != null && ilvl != null && ilvl >= 0 && ilvl < LEVELS) {
                        levels.put(ilvl, new Level(start, format, text, legal, styleId, suffix));
                    }
                    ilvl = null;
                }
                case "lvlOverride" -> overrideLevel = null;
                case "abstractNum", "num" -> {
                    levels = null;
                    starts = null;
                    numId = null;
                }
                default -> { }
            }
        }

        private static <T> T valueOr(T value, T otherwise) {
            return value == null ? otherwise : value;
        }
    }
}
