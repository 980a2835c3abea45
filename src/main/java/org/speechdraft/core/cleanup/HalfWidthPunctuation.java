package org.speechdraft.core.cleanup;

import java.util.List;
import org.speechdraft.core.model.RunEdits;

/**
 * Half-width punctuation inside Chinese text and its full-width replacement, as the clean-up rule
 * 半角标点 finds it; the proofreading checks point at the same places.
 */
public final class HalfWidthPunctuation {

    private HalfWidthPunctuation() {
    }

    /** Each half-width mark in Chinese text in {@code paragraph}, with the full-width one to put instead. */
    public static List<RunEdits.Edit> in(String paragraph) {
        return PunctuationRule.edits(paragraph);
    }
}
