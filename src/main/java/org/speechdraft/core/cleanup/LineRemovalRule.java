package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A rule that removes whole lines: site chrome, copyright lines, banners. */
abstract class LineRemovalRule implements CleanupRule {

    /** For each line, whether it is this rule's noise; {@code texts} are all lines, for rules that look at neighbours. */
    abstract boolean[] noise(List<String> texts);

    @Override
    public final List<Line> apply(List<Line> lines, ChangeLog log) {
        boolean[] noise = noise(lines.stream().map(Line::text).toList());
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (noise[i]) {
                log.removed(lines.get(i));
            } else {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    /** Each line judged on its own, on its text without the blanks around it. */
    static boolean[] each(List<String> texts, Predicate<String> isNoise) {
        boolean[] noise = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            noise[i] = !text.isEmpty() && isNoise.test(text);
        }
        return noise;
    }
}
