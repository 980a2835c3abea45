package org.speechdraft.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One paragraph of a draft: its 公文 level and its text as styled runs. Runs are normalised on
 * construction (no empty runs, neighbours with equal style merged) so that equal paragraphs are
 * equal records.
 */
public record DraftParagraph(ParagraphLevel level, List<StyledRun> runs) {

    public DraftParagraph {
        Objects.requireNonNull(level, "level");
        runs = normalise(runs);
    }

    public static DraftParagraph of(ParagraphLevel level, String text) {
        return new DraftParagraph(level, List.of(StyledRun.plain(text)));
    }

    public String text() {
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    public boolean isBlank() {
        return text().isBlank();
    }

    public DraftParagraph withLevel(ParagraphLevel newLevel) {
        return new DraftParagraph(newLevel, runs);
    }

    /** The same paragraph without revision marks, for text taken from a reviewed version into the draft. */
    public DraftParagraph withoutRevisions() {
        if (runs.stream().allMatch(r -> r.style().revisions().isEmpty())) {
            return this;
        }
        return new DraftParagraph(level, runs.stream()
                .map(r -> new StyledRun(r.text(), r.style().withoutRevisions())).toList());
    }

    private static List<StyledRun> normalise(List<StyledRun> input) {
        List<StyledRun> out = new ArrayList<>();
        for (StyledRun run : input) {
            if (run.text().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).style().equals(run.style())) {
                out.set(last, new StyledRun(out.get(last).text() + run.text(), run.style()));
            } else {
                out.add(run);
            }
        }
        return List.copyOf(out);
    }
}
