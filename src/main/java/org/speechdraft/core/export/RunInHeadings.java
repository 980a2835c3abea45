package org.speechdraft.core.export;

import java.util.Arrays;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.outline.Heading;
import org.speechdraft.core.outline.OutlineAnalyzer;

/**
 * Where the body text starts in heading paragraphs that go on after the heading
 * ("（一）加强组织领导。各单位要…"): 公文 sets only the heading in the heading's face.
 */
final class RunInHeadings {

    private static final OutlineAnalyzer ANALYZER = new OutlineAnalyzer();
    // The stop that ends a run-in heading belongs to it.
    private static final String HEADING_STOPS = "。！？；：:;!?";

    private RunInHeadings() {
    }

    /** For each paragraph, where its run-in body text starts, or -1 (not a heading, or nothing follows). */
    static int[] bodyStarts(List<DraftParagraph> paragraphs) {
        int[] starts = new int[paragraphs.size()];
        Arrays.fill(starts, -1);
        boolean[] seen = new boolean[paragraphs.size()];
        for (Heading heading : ANALYZER.analyzeDraft(paragraphs).headings()) {
            int index = heading.paragraph();
            if (seen[index] || !paragraphs.get(index).level().isHeading()) {
                continue;
            }
            seen[index] = true;
            String text = paragraphs.get(index).text();
            int start = heading.end();
            if (start < text.length() && HEADING_STOPS.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            if (!text.substring(start).isBlank()) {
                starts[index] = start;
            }
        }
        return starts;
    }
}
