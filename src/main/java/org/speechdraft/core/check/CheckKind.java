package org.speechdraft.core.check;

import java.util.Locale;
import org.speechdraft.core.i18n.Messages;

/** The proofreading checks (校对); each can be switched off. */
public enum CheckKind {
    /** Numbering gaps, repeats, wrong order, "讲N点意见" against the sections (the outline engine's). */
    NUMBERING,
    /** , : ; ! ? ( ) " inside Chinese text. */
    HALF_WIDTH_PUNCTUATION,
    /** An opening “ ‘ （ 《 【 without its closing mark, or the reverse. */
    UNMATCHED_PAIR,
    /** "的的", "我们我们": a slip a speaker trips over. */
    DOUBLED,
    /** XX, **, {{字段}} still to fill. */
    PLACEHOLDER,
    /** １２３ beside 123 in one speech. */
    MIXED_DIGITS,
    /** A sentence too long to say in one breath. */
    LONG_SENTENCE,
    /** No 同志们： at the start, or no closing words. */
    MISSING_PART;

    private static final Messages TEXTS = new Messages("org.speechdraft.core.check.messages");

    /** The lower-case name scripts see in JSON ("half_width_punctuation" …). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Chinese name the user sees (编号, 半角标点 …). */
    public String displayName() {
        return TEXTS.get("kind." + id());
    }

    static String text(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
