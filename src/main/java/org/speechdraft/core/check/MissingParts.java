package org.speechdraft.core.check;

import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.Outline;
import org.speechdraft.core.outline.Salutation;

/**
 * A speech opens by addressing the room (同志们：) and ends with closing words; a draft with an
 * outline but without either is probably unfinished. Short notes without headings are left alone.
 */
final class MissingParts {

    /** Words that close a speech: thanks, good wishes, a call to act together. */
    private static final List<String> CLOSING_WORDS = List.of("谢谢", "预祝", "让我们", "祝大家", "祝愿", "努力奋斗",
            "再创", "新的更大", "圆满成功");

    private MissingParts() {
    }

    static void check(List<DraftParagraph> paragraphs, Outline outline, List<Problem> found) {
        if (outline.headings().isEmpty()) {
            return;
        }
        int firstHeading = outline.headings().get(0).paragraph();
        boolean salutation = false;
        for (int i = 0; i < firstHeading; i++) {
            DraftParagraph p = paragraphs.get(i);
            salutation |= p.level() == ParagraphLevel.SALUTATION || Salutation.opens(p.text());
        }
        if (!salutation) {
            found.add(new Problem(CheckKind.MISSING_PART, CheckKind.text("missing.salutation"), 0, 0, 0, null));
        }
        int last = paragraphs.size() - 1;
        while (last > 0 && (paragraphs.get(last).isBlank() || paragraphs.get(last).level() == ParagraphLevel.SIGNATURE)) {
            last--;
        }
        DraftParagraph end = paragraphs.get(last);
        boolean closing = end.level() == ParagraphLevel.CLOSING
                || CLOSING_WORDS.stream().anyMatch(w -> end.text().contains(w));
        if (!closing && last > firstHeading) {
            found.add(new Problem(CheckKind.MISSING_PART, CheckKind.text("missing.closing"), last, 0, 0, null));
        }
    }
}
