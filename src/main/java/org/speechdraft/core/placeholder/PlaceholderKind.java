package org.speechdraft.core.placeholder;

import java.util.Locale;

/** What a placeholder stands for, read from the words around it. */
public enum PlaceholderKind {
    /** A sum of money: 万元, 亿元, 元. */
    AMOUNT,
    /** A number of things: 所, 个, 名, 人次, 平方米 … */
    COUNT,
    /** A share: %, 个百分点, 百分之. */
    PERCENT,
    /** A year: 20XX年. */
    YEAR,
    /** A date or a month or day: x月x日, 201X/X/XX, X月. */
    DATE,
    /** A person's or a place's name: ***同志, XX县, 在***的带领下. */
    NAME,
    /** Nothing around it says what it is. */
    UNKNOWN;

    /** The lower-case name scripts see in JSON ("amount", "name" …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese name the user sees (金额, 数量 …). */
    public String displayName() {
        return PlaceholderTexts.get("kind." + id());
    }
}
