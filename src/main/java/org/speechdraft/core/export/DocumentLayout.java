package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.placeholder.Placeholder;

/**
 * The paragraphs of word/document.xml for a draft: each cut into runs, long titles broken into
 * balanced lines, and the blank lines 公文 layout wants between paragraphs.
 */
final class DocumentLayout {

    private DocumentLayout() {
    }

    /** @param remaining the placeholders to mark, of all paragraphs */
    static List<DocxParagraph> of(List<DraftParagraph> paragraphs, ExportPreset preset, List<Placeholder> remaining) {
        List<List<TextRange>> placeholders = byParagraph(remaining, paragraphs.size());
        int[] runInStarts = RunInHeadings.bodyStarts(paragraphs);
        List<DocxParagraph> laidOut = new ArrayList<>(paragraphs.size() + 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            DraftParagraph paragraph = paragraphs.get(i);
            if (i > 0 && blankLineBetween(paragraphs.get(i - 1), paragraph)) {
                laidOut.add(DocxParagraph.blankLine());
            }
            SegmentMarks marks = new SegmentMarks(placeholders.get(i), runInStarts[i], lineBreaks(paragraph, preset));
            laidOut.add(new DocxParagraph(paragraph.level(), Segment.of(paragraph, marks), runInStarts[i] >= 0));
        }
        return laidOut;
    }

    /**
     * GB/T 9704 (7.3.4) leaves one blank line between the title block and the 称呼; drafts that
     * have none there get it in the document.
     */
    static boolean blankLineBetween(DraftParagraph before, DraftParagraph after) {
        return after.level() == ParagraphLevel.SALUTATION && !before.isBlank()
                && (before.level() == ParagraphLevel.TITLE || before.level() == ParagraphLevel.SUBTITLE);
    }

    /** A title's line breaks (see {@link TitleLines}); none in other paragraphs. */
    private static Set<Integer> lineBreaks(DraftParagraph paragraph, ExportPreset preset) {
        if (paragraph.level() != ParagraphLevel.TITLE) {
            return Set.of();
        }
        ParagraphFormat title = preset.format(ParagraphLevel.TITLE);
        double width = Units.ptFromTwips(GridGeometry.textWidthTwips(preset.page()))
                - title.firstLineChars() * title.sizePt();
        return TitleLines.breaks(paragraph.text(), title.sizePt(), width);
    }

    private static List<List<TextRange>> byParagraph(List<Placeholder> placeholders, int paragraphs) {
        List<List<TextRange>> lists = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            lists.add(new ArrayList<>());
        }
        for (Placeholder p : placeholders) {
            lists.get(p.paragraph()).add(new TextRange(p.start(), p.end()));
        }
        return lists;
    }
}
