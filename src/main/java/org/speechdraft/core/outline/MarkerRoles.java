package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what each found marker is: the marker of a heading, an item of an inline series, or
 * nothing. 一、（一）1.（1） markers number headings, except in a list run into a sentence
 * ("主要有：一、…；二、…"). 一是/一要/第一， number headings only when
 * they open paragraphs of their own, each point one paragraph, with a neighbour numbered next to
 * it; when the next point follows in the same paragraph (or a hard-wrapped PDF line continues the
 * series) they are an inline series. Dash-led paragraphs are headings when at least two stand
 * together.
 */
final class MarkerRoles {

    private record ParagraphFamily(int paragraph, MarkerFamily family) {
    }

    /** A hard-wrapped PDF paragraph spreads one series over a few lines. */
    private static final int WRAP_DISTANCE = 2;
    /** Neighbouring points may skip one number (a gap is reported, not a reason to drop them). */
    private static final int MAX_NUMBER_STEP = 2;

    private final List<Found> headings = new ArrayList<>();
    private final List<Found> seriesItems = new ArrayList<>();

    private MarkerRoles() {
    }

    /**
     * @param finds    all markers found, in text order
     * @param explicit explicit heading level per paragraph (0 for body text)
     */
    static MarkerRoles decide(List<Found> finds, int[] explicit) {
        MarkerRoles roles = new MarkerRoles();
        roles.sort(finds, explicit);
        return roles;
    }

    List<Found> headings() {
        return headings;
    }

    List<Found> seriesItems() {
        return seriesItems;
    }

    private void sort(List<Found> finds, int[] explicit) {
        int[] previous = new int[finds.size()];
        int[] next = new int[finds.size()];
        linkSeriesNeighbours(finds, explicit, previous, next);
        Set<ParagraphFamily> inlineLists = inlineLists(finds);
        List<Found> candidates = new ArrayList<>();
        for (int i = 0; i < finds.size(); i++) {
            Found f = finds.get(i);
            boolean explicitHeading = explicit[f.paragraph()] > 0;
            boolean seriesStyle = f.marker().style().isSeriesStyle();
            if (isInlineListItem(f, inlineLists)) {
                seriesItems.add(f);
            } else if (explicitHeading ? f.lineStart()
                    : !seriesStyle || (f.lineStart() && !continuesInline(f, at(finds, previous[i]), at(finds, next[i])))) {
                candidates.add(f); // for an explicit heading paragraph: its own marker
            } else if (seriesStyle && (!f.lineStart() || explicitHeading || opensInlineSeries(f, at(finds, next[i])))) {
                seriesItems.add(f);
            }
        }
        keepSupported(candidates, explicit);
    }

    private static Found at(List<Found> finds, int index) {
        return index < 0 ? null : finds.get(index);
    }

    /** For each 一是/第一， marker of body text, the index of the previous and the next marker of its family (or -1). */
    private static void linkSeriesNeighbours(List<Found> finds, int[] explicit, int[] previous, int[] next) {
        Arrays.fill(previous, -1);
        Arrays.fill(next, -1);
        Map<MarkerFamily, Integer> lastOfFamily = new HashMap<>();
        for (int i = 0; i < finds.size(); i++) {
            Found f = finds.get(i);
            if (f.marker().style().isSeriesStyle() && explicit[f.paragraph()] == 0) {
                Integer last = lastOfFamily.put(f.family(), i);
                if (last != null) {
                    previous[i] = last;
                    next[last] = i;
                }
            }
        }
    }

    /** The paragraphs and families of lists whose items follow semicolons. */
    private static Set<ParagraphFamily> inlineLists(List<Found> finds) {
        Set<ParagraphFamily> lists = new HashSet<>();
        for (Found f : finds) {
            if (f.lead() == Found.Lead.SEMICOLON) {
                lists.add(new ParagraphFamily(f.paragraph(), f.family()));
            }
        }
        return lists;
    }

    /** "问题主要有：一、认识不到位；二、措施不得力。": 一、 and 二、 number an inline list, not headings. */
    private static boolean isInlineListItem(Found f, Set<ParagraphFamily> inlineLists) {
        return f.lead() == Found.Lead.SEMICOLON
                || (f.lead() == Found.Lead.COLON && inlineLists.contains(new ParagraphFamily(f.paragraph(), f.family())));
    }

    /** The point opens a paragraph, but the series goes on inline: next point in the same paragraph, or wrapped PDF lines. */
    private static boolean continuesInline(Found f, Found prev, Found next) {
        boolean nextInline = next != null && !next.lineStart()
                && ((next.paragraph() == f.paragraph() && next.number() > f.number())
                || (next.paragraph() - f.paragraph() <= WRAP_DISTANCE && next.number() == f.number() + 1));
        boolean prevInline = prev != null && !prev.lineStart()
                && f.paragraph() - prev.paragraph() <= WRAP_DISTANCE && prev.number() == f.number() - 1;
        return nextInline || prevInline;
    }

    /** "一是…，二是…" opens a series in its paragraph; a wrapped PDF line starting with a point does not. */
    private static boolean opensInlineSeries(Found f, Found next) {
        return next != null && next.paragraph() == f.paragraph();
    }

    private void keepSupported(List<Found> candidates, int[] explicit) {
        int[] previousOfFamily = neighbours(candidates, 0, candidates.size(), 1);
        int[] nextOfFamily = neighbours(candidates, candidates.size() - 1, -1, -1);
        for (int i = 0; i < candidates.size(); i++) {
            Found f = candidates.get(i);
            MarkerStyle style = f.marker().style();
            boolean needsSupport = explicit[f.paragraph()] == 0 && (style.isSeriesStyle() || style == MarkerStyle.DASH);
            if (!needsSupport || isSupported(candidates, i, previousOfFamily[i], nextOfFamily[i])) {
                headings.add(f);
            }
        }
    }

    /** For each candidate, the index of the nearest candidate of the same family in direction {@code step}, or -1. */
    private static int[] neighbours(List<Found> candidates, int from, int to, int step) {
        int[] result = new int[candidates.size()];
        Map<MarkerFamily, Integer> last = new HashMap<>();
        for (int i = from; i != to; i += step) {
            Integer seen = last.put(candidates.get(i).family(), i);
            result[i] = seen == null ? -1 : seen;
        }
        return result;
    }

    /** A lone 一是 or —— paragraph is ordinary text; a point needs a sibling numbered next to it. */
    private static boolean isSupported(List<Found> candidates, int i, int previous, int next) {
        Found f = candidates.get(i);
        if (f.marker().style() == MarkerStyle.DASH) {
            return (i > 0 && candidates.get(i - 1).marker().style() == MarkerStyle.DASH)
                    || (i + 1 < candidates.size() && candidates.get(i + 1).marker().style() == MarkerStyle.DASH);
        }
        return isNear(f, previous, candidates) || isNear(f, next, candidates);
    }

    private static boolean isNear(Found f, int other, List<Found> candidates) {
        return other >= 0 && Math.abs(candidates.get(other).number() - f.number()) <= MAX_NUMBER_STEP;
    }
}
