package org.speechdraft.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.placeholder.Placeholder;

/**
 * The paragraphs of word/document.xml for a draft: each cut into runs, long titles broken into
 * balanced lines, and the blank lines 公文 layout wants between paragraphs; in a 修订稿 also its
 * differences from the earlier version, the base's deleted text and paragraphs where they stood.
 */
final class DocumentLayout {

    private final ExportPreset preset;
    private final DraftRevisions revisions;
    private final int[] baseRunInStarts;

    private DocumentLayout(ExportPreset preset, DraftRevisions revisions) {
        this.preset = preset;
        this.revisions = revisions;
        this.baseRunInStarts = RunInHeadings.bodyStarts(revisions.base());
    }

    /**
     * @param remaining the placeholders to mark, of all paragraphs
     * @param revisions how the draft differs from the version a 修订稿 compares it with; {@link DraftRevisions#NONE}
     */
    static List<DocxParagraph> of(List<DraftParagraph> paragraphs, ExportPreset preset, List<Placeholder> remaining,
                                  DraftRevisions revisions) {
        return new DocumentLayout(preset, revisions).lay(paragraphs, remaining);
    }

    private List<DocxParagraph> lay(List<DraftParagraph> paragraphs, List<Placeholder> remaining) {
        List<List<TextRange>> placeholders = byParagraph(remaining, paragraphs.size());
        int[] runInStarts = RunInHeadings.bodyStarts(paragraphs);
        List<DocxParagraph> laidOut = new ArrayList<>(paragraphs.size() + 1);
        for (int i = 0; i < paragraphs.size(); i++) {
            addDeleted(laidOut, i);
            DraftParagraph paragraph = paragraphs.get(i);
            if (i > 0 && blankLineBetween(paragraphs.get(i - 1), paragraph)) {
                laidOut.add(DocxParagraph.blankLine());
            }
            Set<Integer> deletions = new HashSet<>();
            revisions.deletedText(i).forEach(d -> deletions.add(d.at()));
            SegmentMarks marks = new SegmentMarks(placeholders.get(i), runInStarts[i], lineBreaks(paragraph),
                    revisions.insertedText(i), deletions);
            laidOut.add(new DocxParagraph(paragraph.level(), withDeletions(Segment.of(paragraph, marks), i),
                    runInStarts[i] >= 0, revisions.inserted(i) ? Tracked.INSERTED : Tracked.NONE,
                    revisions.formerLevel(i)));
        }
        addDeleted(laidOut, paragraphs.size());
        return laidOut;
    }

    /** The base's paragraphs deleted before draft paragraph {@code index}, all their text and their marks deleted. */
    private void addDeleted(List<DocxParagraph> laidOut, int index) {
        for (int b : revisions.deletedBefore(index)) {
            DraftParagraph paragraph = revisions.base().get(b);
            laidOut.add(new DocxParagraph(paragraph.level(),
                    deletedText(b, new TextRange(0, paragraph.text().length())), baseRunInStarts[b] >= 0,
                    Tracked.DELETED, null));
        }
    }

    /** The draft paragraph's segments with the base text deleted from it spliced in where it stood. */
    private List<Segment> withDeletions(List<Segment> segments, int index) {
        List<DraftRevisions.Deletion> deletions = revisions.deletedText(index);
        if (deletions.isEmpty()) {
            return segments;
        }
        List<Segment> spliced = new ArrayList<>();
        int next = 0;
        int offset = 0;
        for (Segment segment : segments) {
            next = addDeletions(spliced, deletions, next, offset);
            spliced.add(segment);
            offset += segment.text().length();
        }
        addDeletions(spliced, deletions, next, Integer.MAX_VALUE);
        return spliced;
    }

    /** Adds the deletions from {@code next} on that stand before {@code offset}; the index of the first left. */
    private int addDeletions(List<Segment> spliced, List<DraftRevisions.Deletion> deletions, int next, int offset) {
        int at = next;
        for (; at < deletions.size() && deletions.get(at).at() <= offset; at++) {
            spliced.addAll(deletedText(deletions.get(at).baseParagraph(), deletions.get(at).range()));
        }
        return at;
    }

    /** Characters {@code range} of base paragraph {@code b} as deleted text, cut at their style changes. */
    private List<Segment> deletedText(int b, TextRange range) {
        SegmentMarks marks = new SegmentMarks(List.of(), baseRunInStarts[b], Set.of(), List.of(),
                Set.of(range.start(), range.end()));
        List<Segment> deleted = new ArrayList<>();
        int offset = 0;
        for (Segment segment : Segment.of(revisions.base().get(b), marks)) {
            if (range.contains(offset)) {
                deleted.add(segment.asDeleted());
            }
            offset += segment.text().length();
        }
        return deleted;
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
    private Set<Integer> lineBreaks(DraftParagraph paragraph) {
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
