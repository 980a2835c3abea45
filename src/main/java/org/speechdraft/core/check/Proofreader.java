package org.speechdraft.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.NumberingProblem;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.OutlineAnalyzer;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;

/**
 * 校对: what embarrasses a speaker, found in a draft — numbering slips, half-width punctuation,
 * unmatched quotes and brackets, doubled words, figures still to fill, mixed digit widths,
 * sentences too long to say in one breath, a missing salutation or closing. In text order.
 */
public final class Proofreader {

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();
    private final PlaceholderDetector placeholders = new PlaceholderDetector();

    public List<Problem> check(List<DraftParagraph> paragraphs, CheckOptions options) {
        return check(paragraphs, options,
                paragraphs.stream().map(p -> ParagraphProblems.of(p.text(), options)).toList());
    }

    /**
     * @param perParagraph each paragraph's {@link ParagraphProblems} under {@code options}, in order
     *                     (an editor keeps those of the paragraphs that did not change)
     */
    public List<Problem> check(List<DraftParagraph> paragraphs, CheckOptions options,
            List<ParagraphProblems> perParagraph) {
        List<String> texts = paragraphs.stream().map(DraftParagraph::text).toList();
        Outline outline = analyzer.analyzeDraft(paragraphs);
        List<Problem> found = new ArrayList<>();
        if (options.isOn(CheckKind.NUMBERING)) {
            numbering(outline, texts, found);
        }
        if (options.isOn(CheckKind.PLACEHOLDER)) {
            for (Placeholder p : placeholders.detect(texts).placeholders()) {
                found.add(new Problem(CheckKind.PLACEHOLDER, CheckKind.text("placeholder", p.text()), p.paragraph(),
                        p.start(), p.end(), null));
            }
        }
        boolean[] headingText = headingParagraphs(outline, paragraphs.size());
        for (int i = 0; i < texts.size(); i++) {
            boolean heading = paragraphs.get(i).level().isHeading() || headingText[i];
            perParagraph.get(i).placeAt(i, heading, found);
        }
        if (options.isOn(CheckKind.MIXED_DIGITS)) {
            TextChecks.mixedDigits(texts, found);
        }
        if (options.isOn(CheckKind.MISSING_PART)) {
            MissingParts.check(paragraphs, outline, found);
        }
        found.sort(Comparator.comparingInt(Problem::paragraph).thenComparingInt(Problem::start));
        return found;
    }

    /** Plain text, one paragraph a line, as the command line reads a .txt. */
    public List<Problem> checkText(List<String> lines, CheckOptions options) {
        return check(lines.stream().map(l -> DraftParagraph.of(ParagraphLevel.BODY, l)).toList(), options);
    }

    /** Paragraphs that start with a heading written as text (一、…), by index. */
    private static boolean[] headingParagraphs(Outline outline, int paragraphs) {
        boolean[] heading = new boolean[paragraphs];
        for (Heading h : outline.headings()) {
            if (h.start() == 0 && h.paragraph() < paragraphs) {
                heading[h.paragraph()] = true;
            }
        }
        return heading;
    }

    private static void numbering(Outline outline, List<String> texts, List<Problem> found) {
        for (NumberingProblem p : outline.problems()) {
            int end = outline.headings().stream()
                    .filter(h -> h.paragraph() == p.paragraph() && h.start() == p.start() && h.marker() != null)
                    .map(h -> h.start() + h.marker().text().length())
                    .findFirst().orElse(Math.min(texts.get(p.paragraph()).length(), p.start() + 1));
            found.add(new Problem(CheckKind.NUMBERING, p.message(), p.paragraph(), p.start(), end, null));
        }
    }
}
