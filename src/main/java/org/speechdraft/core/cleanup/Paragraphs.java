package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.text.Blanks;

/** Joining and cutting paragraphs with their character styles. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** {@code upper} followed by {@code glue} (in the upper's last style) and {@code lower}; the upper's level. */
    static DraftParagraph join(DraftParagraph upper, String glue, DraftParagraph lower) {
        List<StyledRun> runs = new ArrayList<>(upper.runs());
        if (!glue.isEmpty()) {
            runs.add(new StyledRun(glue, runs.isEmpty() ? lower.runs().get(0).style() : runs.get(runs.size() - 1).style()));
        }
        runs.addAll(lower.runs());
        return new DraftParagraph(upper.level(), runs);
    }

    /** Chars {@code from} to {@code to} of the paragraph, with the blanks at both ends left out. */
    static DraftParagraph strippedSlice(DraftParagraph paragraph, int from, int to) {
        String text = paragraph.text();
        int start = Blanks.skip(text, from);
        int end = Math.max(start, Blanks.trimEnd(text, from, to));
        List<StyledRun> runs = new ArrayList<>();
        int pos = 0;
        for (StyledRun run : paragraph.runs()) {
            int runEnd = pos + run.text().length();
            int a = Math.max(pos, start);
            int b = Math.min(runEnd, end);
            if (a < b) {
                runs.add(new StyledRun(run.text().substring(a - pos, b - pos), run.style()));
            }
            pos = runEnd;
        }
        return new DraftParagraph(paragraph.level(), runs);
    }
}
