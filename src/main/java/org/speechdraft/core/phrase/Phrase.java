package org.speechdraft.core.phrase;

import java.util.Objects;

/**
 * A stock sentence of speech-writing (常用语), inserted at the caret.
 *
 * @param category 开场, 过渡, 强调, 结尾, 排比 … or one of the user's own
 * @param text     the sentence as it goes into the speech
 * @param own      true for a phrase the user added (theirs to delete), false for a built-in one
 */
public record Phrase(String category, String text, boolean own) {

    public Phrase {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(text, "text");
        category = category.strip();
        text = text.strip();
        if (category.isEmpty() || text.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs a category and a text");
        }
    }
}
