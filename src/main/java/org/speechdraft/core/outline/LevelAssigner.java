package org.speechdraft.core.outline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each heading its level from how the markers nest in this text, not from a fixed table:
 * a family of markers keeps the level at which it first appears — at the top it is level 1, under
 * another heading one deeper. 一、 is level 1 whenever the text uses it, and a paragraph's
 * explicit level wins (its marker family then has that level for the headings written as text).
 */
final class LevelAssigner {

    static final int MAX_LEVEL = 4;

    private LevelAssigner() {
    }

    /**
     * @param explicit the explicit level of each heading, 0 where the level comes from the text
     * @return the level of each heading, 1..4
     */
    static int[] assign(List<Heading> headings, int[] explicit) {
        Map<MarkerFamily, Integer> familyLevel = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            HeadingMarker marker = headings.get(i).marker();
            if (explicit[i] > 0 && marker != null) {
                familyLevel.putIfAbsent(MarkerFamily.of(marker), explicit[i]);
            }
        }
        boolean usesChineseComma = headings.stream()
                .anyMatch(h -> h.marker() != null && h.marker().style() == MarkerStyle.CHINESE_COMMA);
        if (usesChineseComma) {
            familyLevel.putIfAbsent(MarkerFamily.CHINESE_COMMA, 1);
        }
        boolean commaOnTop = familyLevel.getOrDefault(MarkerFamily.CHINESE_COMMA, 0) == 1;
        int[] levels = new int[headings.size()];
        int depth = 0;
        for (int i = 0; i < headings.size(); i++) {
            HeadingMarker marker = headings.get(i).marker();
            if (explicit[i] > 0) {
                levels[i] = explicit[i];
            } else if (marker == null) {
                levels[i] = Math.max(depth, 1);
            } else {
                MarkerFamily family = MarkerFamily.of(marker);
                int floor = commaOnTop && !family.equals(MarkerFamily.CHINESE_COMMA) ? 2 : 1;
                int nested = Math.min(MAX_LEVEL, Math.max(depth + 1, floor));
                levels[i] = familyLevel.computeIfAbsent(family, f -> nested);
            }
            depth = levels[i];
        }
        return levels;
    }
}
