package org.speechdraft.core.outline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.speechdraft.core.outline.NumberingProblem.Kind;

/**
 * Markers that do not fit their place: a sub-heading with no heading above it (（一） before any
 * 一、), a family used at another level than elsewhere in the speech (possible with explicit
 * levels), and full- and half-width spellings mixed at one level (1. and 1．).
 */
final class StyleChecks {

    /** One level's use of one family of markers. */
    record LevelFamily(int level, MarkerFamily family) {

        // written out for start-up time, as in MarkerFamily

        @Override
        public boolean equals(Object other) {
            return other instanceof LevelFamily that && level == that.level && family.equals(that.family);
        }

        @Override
        public int hashCode() {
            return 31 * level + family.hashCode();
        }
    }

    private StyleChecks() {
    }

    static void check(List<Heading> headings, List<NumberingProblem> out) {
        withoutParent(headings, out);
        levelMisfits(headings, out);
        mixedWidths(headings, out);
    }

    private static void withoutParent(List<Heading> headings, List<NumberingProblem> out) {
        int highest = Integer.MAX_VALUE;
        Set<MarkerFamily> reported = new HashSet<>();
        for (Heading h : headings) {
            if (h.level() > 1 && highest >= h.level() && h.marker() != null && reported.add(MarkerFamily.of(h.marker()))) {
                out.add(new NumberingProblem(Kind.STYLE_MISFIT, OutlineMessages.get("outline.problem.noParent",
                        h.marker().text(), exampleOfLevel(headings, h.level() - 1)), h.paragraph(), h.start()));
            }
            highest = Math.min(highest, h.level());
        }
    }

    private static String exampleOfLevel(List<Heading> headings, int level) {
        for (Heading h : headings) {
            if (h.level() == level && h.marker() != null && h.marker().style().isNumbered()) {
                return h.marker().renumbered(1).text();
            }
        }
        return HeadingMarker.conventional(level).text();
    }

    private static void levelMisfits(List<Heading> headings, List<NumberingProblem> out) {
        Map<MarkerFamily, int[]> levelCounts = new HashMap<>();
        for (Heading h : headings) {
            if (h.marker() != null && h.marker().style().isNumbered()) {
                levelCounts.computeIfAbsent(MarkerFamily.of(h.marker()), f -> new int[LevelAssigner.MAX_LEVEL + 1])[h.level()]++;
            }
        }
        for (Heading h : headings) {
            if (h.marker() == null || !h.marker().style().isNumbered()) {
                continue;
            }
            int usual = mostCommon(levelCounts.get(MarkerFamily.of(h.marker())));
            if (h.level() != usual) {
                out.add(new NumberingProblem(Kind.STYLE_MISFIT, OutlineMessages.get("outline.problem.levelMisfit",
                        h.marker().text(), OutlineMessages.level(usual), OutlineMessages.level(h.level())),
                        h.paragraph(), h.start()));
            }
        }
    }

    private static int mostCommon(int[] counts) {
        int best = 1;
        for (int level = 1; level < counts.length; level++) {
            if (counts[level] > counts[best]) {
                best = level;
            }
        }
        return best;
    }

    private static void mixedWidths(List<Heading> headings, List<NumberingProblem> out) {
        Map<LevelFamily, WidthTally> tallies = widthTallies(headings);
        for (Heading h : headings) {
            if (h.marker() == null || !h.marker().hasWidth()) {
                continue;
            }
            boolean usualFullWidth = tallies.get(widthKey(h)).usualIsFullWidth();
            if (h.marker().isFullWidth() != usualFullWidth) {
                out.add(new NumberingProblem(Kind.MIXED_WIDTH, OutlineMessages.get("outline.problem.mixedWidth",
                        h.marker().text(), h.marker().inWidth(usualFullWidth).text()), h.paragraph(), h.start()));
            }
        }
    }

    /** Per level and family, the widths its markers are written in. */
    static Map<LevelFamily, WidthTally> widthTallies(List<Heading> headings) {
        Map<LevelFamily, WidthTally> tallies = new HashMap<>();
        for (Heading h : headings) {
            if (h.marker() != null && h.marker().hasWidth()) {
                tallies.computeIfAbsent(widthKey(h), k -> new WidthTally()).add(h.marker().isFullWidth());
            }
        }
        return tallies;
    }

    static LevelFamily widthKey(Heading h) {
        return new LevelFamily(h.level(), MarkerFamily.of(h.marker()));
    }
}
