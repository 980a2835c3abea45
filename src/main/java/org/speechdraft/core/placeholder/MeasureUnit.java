package org.speechdraft.core.placeholder;

/**
 * A unit written after a figure.
 *
 * @param text    as written, with its magnitude and "about" words: "万元", "余人次", "%", "万"
 * @param measure the measure word alone: "元", "人次", "%"; "" for a bare magnitude such as "万"
 * @param kind    the kind of figure it measures
 * @param strong  sure enough to call a figure missing when no number stands before it
 *                ("新建所学校"), unlike measures that are also common words (人, 天, 本)
 */
record MeasureUnit(String text, String measure, PlaceholderKind kind, boolean strong) {
}
