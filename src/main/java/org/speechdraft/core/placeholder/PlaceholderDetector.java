package org.speechdraft.core.placeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the figures still to be filled in a speech, as real drafts write them: XX, X, x, xx, XXX,
 * 20XX, 201X, x月x日, 201X/X/XX, **, ***, ××, full-width ＸＸ and ＊＊, and explicit {{字段}} fields —
 * one placeholder per maximal run — and, apart, places where a figure seems deleted (疑似缺数).
 * Latin words, model numbers, URLs, CSS, "1+X" and Markdown bold (**粗体**) are not placeholders.
 * Stateless and thread-safe; one pass over each paragraph.
 */
public final class PlaceholderDetector {

    /** Placeholders and suspected missing figures of all paragraphs (lines of a plain text), in text order. */
    public PlaceholderReport detect(List<String> paragraphs) {
        List<Placeholder> placeholders = new ArrayList<>();
        List<Placeholder> suspected = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = Objects.requireNonNull(paragraphs.get(i), "paragraph");
            PlaceholderScanner.scan(paragraph, i, placeholders);
            MissingFigures.scan(paragraph, i, suspected);
        }
        return new PlaceholderReport(placeholders, suspected);
    }

    /**
     * Figures written out in one paragraph — "12.5亿元", "16所", "90%", "2019年" — with label, unit
     * and kind as placeholders have them: what becomes a field when a template is made from a past
     * speech. Ordinals, dates, codes, list numbers and numbers in a 《title》 are not among them.
     */
    public List<Placeholder> detectStatedFigures(String paragraph, int paragraphIndex) {
        List<Placeholder> figures = new ArrayList<>();
        StatedFigures.scan(Objects.requireNonNull(paragraph, "paragraph"), paragraphIndex, figures);
        return List.copyOf(figures);
    }

    /** The placeholders of one paragraph only, for re-checking an edited paragraph cheaply while typing. */
    public List<Placeholder> detectIn(String paragraph, int paragraphIndex) {
        List<Placeholder> placeholders = new ArrayList<>();
        PlaceholderScanner.scan(Objects.requireNonNull(paragraph, "paragraph"), paragraphIndex, placeholders);
        return List.copyOf(placeholders);
    }
}
