package org.speechdraft.core.outline;

import java.util.List;

/**
 * The structure of a speech: its title (null when none is recognisable), its headings in order,
 * inline series, and numbering problems.
 */
public record Outline(String title, List<Heading> headings, List<InlineSeries> series,
                      List<NumberingProblem> problems) {

    public Outline {
        headings = List.copyOf(headings);
        series = List.copyOf(series);
        problems = List.copyOf(problems);
    }
}
