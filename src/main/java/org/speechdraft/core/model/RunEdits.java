package org.speechdraft.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces stretches of a paragraph's text while keeping its character styles: the new text takes
 * the style of the text it replaces (a bold marker stays bold; text spanning runs, the first one's),
 * everything else keeps its own. Used by renumbering and by filling placeholders.
 */
public final class RunEdits {

    /** Replace {@code [start, end)} of the paragraph's text by {@code text}. */
    public record Edit(int start, int end, String text) {
    }

    private RunEdits() {
    }

    /** The paragraph with all {@code edits} made; they must not overlap. */
    public static DraftParagraph apply(DraftParagraph paragraph, List<Edit> edits) {
        List<StyledRun> runs = paragraph.runs();
        // From the end backwards, so that earlier offsets stay valid.
        List<Edit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparingInt(Edit::start).reversed());
        for (Edit edit : backwards) {
            runs = replace(runs, edit);
        }
        return new DraftParagraph(paragraph.level(), runs);
    }

    private static List<StyledRun> replace(List<StyledRun> runs, Edit edit) {
        List<StyledRun> out = new ArrayList<>(runs.size() + 1);
        int pos = 0;
        for (StyledRun run : runs) {
            int runEnd = pos + run.text().length();
            if (pos < edit.start()) {
                out.add(new StyledRun(run.text().substring(0, Math.min(runEnd, edit.start()) - pos), run.style()));
            }
            pos = runEnd;
        }
        out.add(new StyledRun(edit.text(), styleAt(runs, edit.start())));
        pos = 0;
        for (StyledRun run : runs) {
            int runEnd = pos + run.text().length();
            if (runEnd > edit.end()) {
                out.add(new StyledRun(run.text().substring(Math.max(pos, edit.end()) - pos), run.style()));
            }
            pos = runEnd;
        }
        return out;
    }

    private static TextStyle styleAt(List<StyledRun> runs, int offset) {
        int pos = 0;
        for (StyledRun run : runs) {
            pos += run.text().length();
            if (offset < pos) {
                return run.style();
            }
        }
        return runs.isEmpty() ? TextStyle.EMPTY : runs.get(runs.size() - 1).style();
    }
}
