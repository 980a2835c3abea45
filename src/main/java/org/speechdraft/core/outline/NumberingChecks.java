package org.speechdraft.core.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.outline.NumberingProblem.Kind;
import org.speechdraft.core.outline.SiblingNumbering.Numbered;

/** All numbering problems of an outline, in text order. */
final class NumberingChecks {

    /** Siblings are the headings of one family at one level under one parent. */
    private record SiblingGroup(int parent, int level, MarkerFamily family) {

        // written out for start-up time, as in MarkerFamily

        @Override
        public boolean equals(Object other) {
            return other instanceof SiblingGroup group && parent == group.parent && level == group.level
                    && family.equals(group.family);
        }

        @Override
        public int hashCode() {
            return (31 * parent + level) * 31 + family.hashCode();
        }
    }

    private NumberingChecks() {
    }

    static List<NumberingProblem> check(List<Heading> headings, List<InlineSeries> series, Announcement announcement) {
        List<NumberingProblem> problems = new ArrayList<>();
        siblings(headings).values().forEach(run -> SiblingNumbering.check(run, problems));
        for (InlineSeries s : series) {
            SiblingNumbering.check(s.items().stream()
                    .map(item -> new Numbered(item.marker(), s.paragraph(), item.start())).toList(), problems);
        }
        StyleChecks.check(headings, problems);
        announcedCount(headings, announcement, problems);
        problems.sort(Comparator.comparingInt(NumberingProblem::paragraph).thenComparingInt(NumberingProblem::start));
        return problems;
    }

    private static Map<SiblingGroup, List<Numbered>> siblings(List<Heading> headings) {
        Map<SiblingGroup, List<Numbered>> groups = new LinkedHashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            while (!open.isEmpty() && headings.get(open.peek()).level() >= h.level()) {
                open.pop();
            }
            int parent = open.isEmpty() ? -1 : open.peek();
            open.push(i);
            if (h.marker() != null && h.marker().style().isNumbered()) {
                groups.computeIfAbsent(new SiblingGroup(parent, h.level(), MarkerFamily.of(h.marker())),
                        g -> new ArrayList<>()).add(new Numbered(h.marker(), h.paragraph(), h.start()));
            }
        }
        return groups;
    }

    private static void announcedCount(List<Heading> headings, Announcement announcement, List<NumberingProblem> out) {
        if (announcement == null) {
            return;
        }
        long sections = countTopLevel(headings);
        if (sections > 0 && sections != announcement.count()) {
            out.add(new NumberingProblem(Kind.ANNOUNCED_COUNT, OutlineMessages.get("outline.problem.announcedCount",
                    announcement.written(), sections), announcement.paragraph(), announcement.start()));
        }
    }

    static int countTopLevel(List<Heading> headings) {
        return (int) headings.stream().filter(h -> h.level() == 1).count();
    }
}
