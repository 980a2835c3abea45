package org.speechdraft.core.placeholder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides which placeholders each value fills. First, for every value in file order, an exact
 * match: the {{字段}} of that name (every occurrence), else every placeholder or 疑似缺数 gap whose
 * label is the key (and whose unit agrees with a unit given in the key). Then, for the values still
 * unused, a loose one: labels that end with the key or that the key ends with, if they all read the
 * same. A placeholder is filled by one value only, the first that claims it.
 */
final class ValueMatcher {

    private final PlaceholderReport report;
    private final Set<Placeholder> claimed = new HashSet<>();

    private ValueMatcher(PlaceholderReport report) {
        this.report = report;
    }

    /** For each entry, at the same index, the placeholders it fills (empty: it matched nothing). */
    static List<List<Placeholder>> match(PlaceholderReport report, List<ValueTable.Entry> entries) {
        ValueMatcher matcher = new ValueMatcher(report);
        List<ValueKey> keys = entries.stream().map(entry -> ValueKey.of(entry.key())).toList();
        List<List<Placeholder>> targets = new ArrayList<>();
        keys.forEach(key -> targets.add(matcher.exactly(key)));
        for (int i = 0; i < keys.size(); i++) {
            if (targets.get(i).isEmpty()) {
                targets.set(i, matcher.loosely(keys.get(i)));
            }
        }
        return targets;
    }

    private List<Placeholder> exactly(ValueKey key) {
        List<Placeholder> fields = unclaimed(report.placeholders().stream().filter(Placeholder::field), key);
        if (!fields.isEmpty()) {
            return claim(fields);
        }
        Stream<Placeholder> figures = Stream.concat(report.placeholders().stream().filter(p -> !p.field()),
                report.suspected().stream());
        return claim(unclaimed(figures, key));
    }

    private List<Placeholder> loosely(ValueKey key) {
        List<Placeholder> candidates = report.placeholders().stream()
                .filter(p -> !p.field() && !claimed.contains(p) && key.nearlyNames(p.label(), p.unit()))
                .toList();
        long labels = candidates.stream().map(p -> ValueKey.normalise(p.label())).distinct().count();
        return labels == 1 ? claim(candidates) : List.of();
    }

    private List<Placeholder> unclaimed(Stream<Placeholder> placeholders, ValueKey key) {
        return placeholders.filter(p -> !claimed.contains(p) && key.names(p.label(), p.unit())).toList();
    }

    private List<Placeholder> claim(List<Placeholder> placeholders) {
        claimed.addAll(placeholders);
        return placeholders;
    }
}
