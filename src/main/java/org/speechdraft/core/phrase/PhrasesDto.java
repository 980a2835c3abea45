package org.speechdraft.core.phrase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The phrases file: {@code {"formatVersion": 1, "phrases": {"开场": ["…", …], …}}}. */
record PhrasesDto(Integer formatVersion, Map<String, List<String>> phrases) {

    static final int FORMAT_VERSION = 1;
    static final String MARKER_FIELD = "phrases";

    static PhrasesDto of(List<Phrase> phrases) {
        Map<String, List<String>> byCategory = new java.util.LinkedHashMap<>();
        phrases.forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p.text()));
        return new PhrasesDto(FORMAT_VERSION, byCategory);
    }

    /** Blank entries are skipped rather than failing the whole file. */
    static List<Phrase> toPhrases(PhrasesDto dto, boolean own) {
        List<Phrase> out = new ArrayList<>();
        if (dto.phrases() != null) {
            dto.phrases().forEach((category, texts) -> {
                for (String text : texts == null ? List.<String>of() : texts) {
                    if (category != null && !category.isBlank() && text != null && !text.isBlank()) {
                        out.add(new Phrase(category, text, own));
                    }
                }
            });
        }
        return out;
    }
}
