package org.speechdraft.core.cleanup;

import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.outline.TextStructure;

/**
 * Whether a line is continued by the next one, for rejoining sentences that a PDF page or a fixed
 * line width broke: both must be body text (not the title, the salutation, a heading or the closing,
 * as the outline engine sees them), and the upper one must not end a sentence.
 */
final class SentenceJoin {

    /** Longer than a heading of its own: a paragraph that opens with a heading. */
    private static final int MAX_HEADING = 60;

    private final List<ParagraphLevel> levels;

    private SentenceJoin(List<ParagraphLevel> levels) {
        this.levels = levels;
    }

    static SentenceJoin of(List<String> texts) {
        return new SentenceJoin(new TextStructure().paragraphs(texts).stream().map(DraftParagraph::level).toList());
    }

    /**
     * Lines {@code upper} and {@code lower} (non-blank) may be one sentence. The upper line may
     * open with a heading run into its paragraph ("（一）推进标准化建设。今年要…", "一要进一步强化
     * 思想认识，…"), and a heading cut by the line width ({@code upperFull}) goes on too; the lower
     * line must not start a heading.
     */
    boolean mayJoin(List<String> texts, int upper, int lower, boolean upperFull) {
        String above = texts.get(upper).strip();
        ParagraphLevel level = levels.get(upper);
        boolean upperIsText = level == ParagraphLevel.BODY
                || (level.isHeading() && (upperFull || above.length() > MAX_HEADING || hasInnerStop(above)));
        return upperIsText && levels.get(lower) == ParagraphLevel.BODY && !CjkChars.endsSentence(CjkChars.last(above));
    }

    /** A sentence ends inside the line: its heading has run into body text. */
    private static boolean hasInnerStop(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                return true;
            }
        }
        return false;
    }

    /** {@code upper} + {@code lower} as one paragraph: directly in Chinese, with a space between Latin words. */
    static DraftParagraph join(DraftParagraph upper, DraftParagraph lower) {
        String a = upper.text().strip();
        String b = lower.text().strip();
        boolean western = !a.isEmpty() && !b.isEmpty() && CjkChars.isAsciiLetterOrDigit(a.charAt(a.length() - 1))
                && CjkChars.isAsciiLetterOrDigit(b.charAt(0));
        return Paragraphs.join(upper, western ? " " : "", lower);
    }
}
