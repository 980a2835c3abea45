package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How each level of a speech writes its markers, learned from the headings that keep their level:
 * the family most headings of the level use, in the width most of them use. A level with no
 * example takes the 公文 convention 一、/（一）/1./（1）, skipping a family another level already uses.
 */
final class LevelStyles {

    private final HeadingMarker[] templates = new HeadingMarker[LevelAssigner.MAX_LEVEL + 1];
    private final Map<StyleChecks.LevelFamily, WidthTally> widths;

    /** @param examples headings that keep their level, at that level */
    LevelStyles(List<Heading> examples) {
        widths = StyleChecks.widthTallies(examples);
        Set<MarkerFamily> used = new HashSet<>();
        for (int level = 1; level <= LevelAssigner.MAX_LEVEL; level++) {
            templates[level] = mostUsed(examples, level);
            if (templates[level] != null) {
                used.add(MarkerFamily.of(templates[level]));
            }
        }
        for (int level = 1; level <= LevelAssigner.MAX_LEVEL; level++) {
            if (templates[level] == null) {
                templates[level] = unusedConvention(level, used);
                used.add(MarkerFamily.of(templates[level]));
            }
        }
    }

    /** The marker a heading arriving at {@code level} from another level takes (before numbering). */
    HeadingMarker forNewcomer(int level) {
        return templates[level];
    }

    /** A heading's own marker, in the width its level usually writes that family in. */
    HeadingMarker inUsualWidth(Heading h) {
        WidthTally tally = widths.get(StyleChecks.widthKey(h));
        return tally == null ? h.marker() : h.marker().inWidth(tally.usualIsFullWidth());
    }

    private HeadingMarker mostUsed(List<Heading> examples, int level) {
        Map<MarkerFamily, List<Heading>> byFamily = new LinkedHashMap<>();
        for (Heading h : examples) {
            if (h.level() == level && h.marker() != null && h.marker().style().isNumbered()) {
                byFamily.computeIfAbsent(MarkerFamily.of(h.marker()), f -> new ArrayList<>()).add(h);
            }
        }
        List<Heading> best = null;
        for (List<Heading> family : byFamily.values()) {
            if (best == null || family.size() > best.size()) {
                best = family;
            }
        }
        return best == null ? null : inUsualWidth(best.get(0));
    }

    private static HeadingMarker unusedConvention(int level, Set<MarkerFamily> used) {
        for (int k = 0; k < LevelAssigner.MAX_LEVEL; k++) {
            HeadingMarker convention = HeadingMarker.conventional((level - 1 + k) % LevelAssigner.MAX_LEVEL + 1);
            if (!used.contains(MarkerFamily.of(convention))) {
                return convention;
            }
        }
        return HeadingMarker.conventional(level);
    }
}
