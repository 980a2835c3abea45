package org.speechdraft.core.storage;

import java.util.Arrays;
import java.util.Optional;

import org.speechdraft.core.model.ParagraphLevel;

/**
 * The level names used in files. Spelled out rather than derived from the enum constants, so that
 * renaming a constant can never make existing files unreadable. Drafts, templates and export presets share them.
 */
public final class ParagraphLevelNames {

    private ParagraphLevelNames() {
    }

    public static String nameOf(ParagraphLevel level) {
        return switch (level) {
            case TITLE -> "title";
            case SUBTITLE -> "subtitle";
            case SALUTATION -> "salutation";
            case HEADING_1 -> "heading1";
            case HEADING_2 -> "heading2";
            case HEADING_3 -> "heading3";
            case HEADING_4 -> "heading4";
            case BODY -> "body";
            case CLOSING -> "closing";
            case SIGNATURE -> "signature";
        };
    }

    public static Optional<ParagraphLevel> levelNamed(String name) {
        return Arrays.stream(ParagraphLevel.values()).filter(level -> nameOf(level).equals(name)).findFirst();
    }
}
