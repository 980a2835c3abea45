package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Section moves for the outline pane, as pure functions: each returns the complete new paragraph
 * list with the numbering rewritten (the UI applies it as one undo step), or the document itself
 * when the edit is impossible. Heading indexes refer to {@code new OutlineAnalyzer().analyzeDraft(doc).headings()}.
 * A section is its heading's paragraph and everything up to the next heading of the same or a
 * higher level; the closing remarks (a 结束语 paragraph) never belong to the last section. A heading
 * that shares its paragraph with a heading of the same or a higher level (a flattened web line)
 * cannot be moved on its own.
 */
public final class OutlineEditor {

    /** Where a moved section lands relative to the target heading. INTO = as its last child. */
    public enum Placement { BEFORE, AFTER, INTO }

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    public List<DraftParagraph> moveSection(List<DraftParagraph> doc, int headingIndex, int targetHeadingIndex,
                                            Placement placement) {
        Analysis analysis = analyzer.analyzeParagraphs(doc);
        List<Heading> headings = analysis.outline().headings();
        if (!isIndex(headingIndex, headings) || !isIndex(targetHeadingIndex, headings) || headingIndex == targetHeadingIndex) {
            return doc;
        }
        Sections sections = sections(headings, doc);
        if (!sections.isWholeParagraphs(headingIndex, texts(doc))) {
            return doc;
        }
        int[] moved = sections.range(headingIndex);
        Heading target = headings.get(targetHeadingIndex);
        if (target.paragraph() >= moved[0] && target.paragraph() < moved[1]) {
            return doc; // into itself or its own subtree
        }
        int landingLevel = placement == Placement.INTO
                ? Math.min(target.level() + 1, LevelAssigner.MAX_LEVEL) : target.level();
        int insertAt = placement == Placement.BEFORE ? target.paragraph() : sections.range(targetHeadingIndex)[1];
        int shift = landingLevel - headings.get(headingIndex).level();
        int[] levels = Renumbering.currentLevels(headings);
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).paragraph() >= moved[0] && headings.get(i).paragraph() < moved[1]) {
                levels[i] = clampLevel(levels[i] + shift);
            }
        }
        return Renumbering.apply(doc, analysis, reorder(doc.size(), moved, insertAt), levels);
    }

    /** Swaps the section with the previous one at its level under the same parent. */
    public List<DraftParagraph> moveUp(List<DraftParagraph> doc, int headingIndex) {
        List<Heading> headings = analyzer.analyzeDraft(doc).headings();
        int sibling = isIndex(headingIndex, headings) ? sections(headings, doc).previousSibling(headingIndex) : -1;
        return sibling < 0 ? doc : moveSection(doc, headingIndex, sibling, Placement.BEFORE);
    }

    /** Swaps the section with the next one at its level under the same parent. */
    public List<DraftParagraph> moveDown(List<DraftParagraph> doc, int headingIndex) {
        List<Heading> headings = analyzer.analyzeDraft(doc).headings();
        int sibling = isIndex(headingIndex, headings) ? sections(headings, doc).nextSibling(headingIndex) : -1;
        return sibling < 0 ? doc : moveSection(doc, headingIndex, sibling, Placement.AFTER);
    }

    /** One level up, with everything under it; a level-1 heading stays. */
    public List<DraftParagraph> promote(List<DraftParagraph> doc, int headingIndex) {
        return shiftLevels(doc, headingIndex, -1);
    }

    /** One level down, with everything under it; only possible below a previous sibling and above level 4. */
    public List<DraftParagraph> demote(List<DraftParagraph> doc, int headingIndex) {
        return shiftLevels(doc, headingIndex, +1);
    }

    /** 修正编号: every marker, inline series and the announced count of points rewritten. */
    public List<DraftParagraph> renumber(List<DraftParagraph> doc) {
        Analysis analysis = analyzer.analyzeParagraphs(doc);
        return Renumbering.apply(doc, analysis, Renumbering.unchangedOrder(doc.size()),
                Renumbering.currentLevels(analysis.outline().headings()));
    }

    /**
     * {first paragraph, end paragraph exclusive} of a heading's section: up to the next heading of
     * the same or a higher level that starts a later paragraph, or {@code paragraphCount}.
     */
    public static int[] sectionRange(Outline outline, int headingIndex, int paragraphCount) {
        return new Sections(outline.headings(), paragraphCount, p -> false).range(headingIndex);
    }

    private List<DraftParagraph> shiftLevels(List<DraftParagraph> doc, int headingIndex, int shift) {
        Analysis analysis = analyzer.analyzeParagraphs(doc);
        List<Heading> headings = analysis.outline().headings();
        if (!isIndex(headingIndex, headings)) {
            return doc;
        }
        Sections sections = sections(headings, doc);
        int end = sections.subtreeEnd(headingIndex);
        int[] levels = Renumbering.currentLevels(headings);
        boolean possible = shift < 0 ? levels[headingIndex] > 1 : sections.previousSibling(headingIndex) >= 0;
        for (int i = headingIndex; i < end && possible; i++) {
            levels[i] += shift;
            possible = levels[i] >= 1 && levels[i] <= LevelAssigner.MAX_LEVEL;
        }
        return possible ? Renumbering.apply(doc, analysis, Renumbering.unchangedOrder(doc.size()), levels) : doc;
    }

    private static Sections sections(List<Heading> headings, List<DraftParagraph> doc) {
        return new Sections(headings, doc.size(), p -> endsEverySection(doc.get(p).level()));
    }

    /** The closing remarks and the title block are not part of any section. */
    private static boolean endsEverySection(ParagraphLevel level) {
        return level.isEnding() || level == ParagraphLevel.TITLE || level == ParagraphLevel.SUBTITLE
                || level == ParagraphLevel.SALUTATION;
    }

    /** The paragraph order after moving {@code moved} = {from, to} so that it starts where {@code insertAt} was. */
    private static int[] reorder(int size, int[] moved, int insertAt) {
        List<Integer> rest = new ArrayList<>(size);
        for (int p = 0; p < size; p++) {
            if (p < moved[0] || p >= moved[1]) {
                rest.add(p);
            }
        }
        int position = insertAt >= moved[1] ? insertAt - (moved[1] - moved[0]) : insertAt;
        for (int p = moved[1] - 1; p >= moved[0]; p--) {
            rest.add(position, p);
        }
        return rest.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int clampLevel(int level) {
        return Math.max(1, Math.min(LevelAssigner.MAX_LEVEL, level));
    }

    private static boolean isIndex(int index, List<Heading> headings) {
        return index >= 0 && index < headings.size();
    }

    private static List<String> texts(List<DraftParagraph> doc) {
        return doc.stream().map(DraftParagraph::text).toList();
    }
}
