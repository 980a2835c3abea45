package org.speechdraft.core.outline;

import java.util.BitSet;
import java.util.List;
import org.speechdraft.core.outline.NumberingProblem.Kind;

/**
 * Checks one run of numbers that should count 1, 2, 3 …: the headings under one parent, or the
 * items of one inline series. A number missing from the run is a gap; one written twice a
 * duplicate; one smaller than its predecessor (and not seen before) is out of order. A gap is not
 * reported when the missing number stands elsewhere in the run, which is then an order problem.
 */
final class SiblingNumbering {

    /** One numbered marker and where it stands. */
    record Numbered(HeadingMarker marker, int paragraph, int start) {
    }

    private SiblingNumbering() {
    }

    static void check(List<Numbered> run, List<NumberingProblem> out) {
        BitSet present = new BitSet();
        run.forEach(item -> present.set(item.marker().number()));
        BitSet seen = new BitSet();
        Numbered previous = null;
        for (Numbered item : run) {
            int n = item.marker().number();
            int expected = previous == null ? 1 : previous.marker().number() + 1;
            if (previous != null && n < expected && seen.get(n)) {
                out.add(problem(Kind.DUPLICATE, item, "outline.problem.duplicate", item.marker().text()));
            } else if (previous != null && n < expected) {
                out.add(problem(Kind.WRONG_ORDER, item, "outline.problem.wrongOrder",
                        item.marker().text(), previous.marker().text()));
            } else if (n > expected && present.nextClearBit(expected) < n) {
                out.add(previous == null
                        ? problem(Kind.GAP, item, "outline.problem.gapAtStart",
                                item.marker().renumbered(1).text(), item.marker().text())
                        : problem(Kind.GAP, item, "outline.problem.gap", previous.marker().text(),
                                item.marker().renumbered(expected).text(), item.marker().text()));
            }
            seen.set(n);
            previous = item;
        }
    }

    private static NumberingProblem problem(Kind kind, Numbered item, String key, Object... args) {
        return new NumberingProblem(kind, OutlineMessages.get(key, args), item.paragraph(), item.start());
    }
}
