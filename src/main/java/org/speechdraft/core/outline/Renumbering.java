package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.model.RunEdits.Edit;

/**
 * Rewrites a document's numbering after its paragraphs were reordered and its headings changed
 * level: every level counts 1, 2, 3 … restarting under each parent; a heading keeps its own marker
 * family and word (二要 → 三要) in its level's usual width, and one that changed level takes the
 * style of its new level; inline series count from 一 again; "讲N点意见" gets the number of
 * level-1 sections. Explicit heading paragraphs get their new level.
 */
final class Renumbering {

    private final List<DraftParagraph> doc;
    private final List<Heading> headings;
    private final int[] order;
    private final int[] newLevels;
    private final Map<Integer, List<Edit>> edits = new HashMap<>();
    private final Map<Integer, ParagraphLevel> newParagraphLevels = new HashMap<>();

    /**
     * @param order     the old index of the paragraph at each new position
     * @param newLevels the new level of each heading of {@code analysis}
     */
    private Renumbering(List<DraftParagraph> doc, List<Heading> headings, int[] order, int[] newLevels) {
        this.doc = doc;
        this.headings = headings;
        this.order = order;
        this.newLevels = newLevels;
    }

    static List<DraftParagraph> apply(List<DraftParagraph> doc, Analysis analysis, int[] order, int[] newLevels) {
        Renumbering renumbering = new Renumbering(doc, analysis.outline().headings(), order, newLevels);
        renumbering.headings();
        analysis.outline().series().forEach(renumbering::series);
        renumbering.announcedCount(analysis.announcement());
        return renumbering.result();
    }

    static int[] unchangedOrder(int paragraphs) {
        return IntStream.range(0, paragraphs).toArray();
    }

    static int[] currentLevels(List<Heading> headings) {
        return headings.stream().mapToInt(Heading::level).toArray();
    }

    private void headings() {
        int[] newPosition = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            newPosition[order[p]] = p;
        }
        List<Integer> inNewOrder = new ArrayList<>(IntStream.range(0, headings.size()).boxed().toList());
        inNewOrder.sort(Comparator.<Integer>comparingInt(i -> newPosition[headings.get(i).paragraph()])
                .thenComparingInt(i -> headings.get(i).start()));
        List<Heading> keepingTheirLevel = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            if (newLevels[i] == headings.get(i).level()) {
                keepingTheirLevel.add(headings.get(i));
            }
        }
        LevelStyles styles = new LevelStyles(keepingTheirLevel);
        int[] counters = new int[LevelAssigner.MAX_LEVEL + 2];
        for (int i : inNewOrder) {
            Heading h = headings.get(i);
            int level = newLevels[i];
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            if (h.marker() != null && h.marker().style().isNumbered()) {
                HeadingMarker style = level == h.level() ? styles.inUsualWidth(h) : styles.forNewcomer(level);
                replaceMarker(h.paragraph(), h.start(), h.marker(), style, ++counters[level]);
            }
            if (level != h.level() && doc.get(h.paragraph()).level().isHeading()) {
                newParagraphLevels.put(h.paragraph(), ParagraphLevel.heading(level));
            }
        }
    }

    private void series(InlineSeries series) {
        int number = 0;
        for (InlineSeries.Item item : series.items()) {
            replaceMarker(series.paragraph(), item.start(), item.marker(), item.marker(), ++number);
        }
    }

    private void replaceMarker(int paragraph, int start, HeadingMarker old, HeadingMarker style, int number) {
        if (number > ChineseNumerals.MAX) {
            return; // beyond 九十九 there is no marker to write; leave the text as it is
        }
        String text = style.renumbered(number).text();
        if (!text.equals(old.text())) {
            edit(paragraph, new Edit(start, start + old.text().length(), text));
        }
    }

    private void announcedCount(Announcement announcement) {
        int sections = (int) IntStream.of(newLevels).filter(level -> level == 1).count();
        if (announcement != null && sections > 0 && sections != announcement.count()) {
            edit(announcement.paragraph(), new Edit(announcement.start(), announcement.end(),
                    announcement.rewritten(sections)));
        }
    }

    private void edit(int paragraph, Edit edit) {
        edits.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(edit);
    }

    private List<DraftParagraph> result() {
        List<DraftParagraph> result = new ArrayList<>(order.length);
        for (int old : order) {
            DraftParagraph p = doc.get(old);
            if (edits.containsKey(old)) {
                p = RunEdits.apply(p, edits.get(old));
            }
            if (newParagraphLevels.containsKey(old)) {
                p = p.withLevel(newParagraphLevels.get(old));
            }
            result.add(p);
        }
        return List.copyOf(result);
    }
}
