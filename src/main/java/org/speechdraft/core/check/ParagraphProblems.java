package org.speechdraft.core.check;

import java.util.List;

/**
 * What the checks that read one paragraph's characters find in it, placed at paragraph 0: found
 * once per paragraph text and moved to the paragraph's index when used, so that an editor checks
 * again only the paragraphs that changed. Long sentences are kept apart because whether they
 * count depends on the paragraph being a heading, which the outline decides, not the text.
 *
 * @param always        half-width punctuation, unmatched pairs, doubled words
 * @param unlessHeading sentences over the length limit
 */
public record ParagraphProblems(List<Problem> always, List<Problem> unlessHeading) {

    public ParagraphProblems {
        always = List.copyOf(always);
        unlessHeading = List.copyOf(unlessHeading);
    }

    /** The problems in {@code text} under {@code options}. */
    public static ParagraphProblems of(String text, CheckOptions options) {
        return TextChecks.paragraph(text, options);
    }

    void placeAt(int paragraph, boolean heading, List<Problem> found) {
        always.forEach(p -> found.add(p.atParagraph(paragraph)));
        if (!heading) {
            unlessHeading.forEach(p -> found.add(p.atParagraph(paragraph)));
        }
    }
}
