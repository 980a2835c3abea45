package org.speechdraft.core.importing;

import java.util.ArrayList;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.placeholder.Placeholder;
import org.speechdraft.core.placeholder.PlaceholderDetector;

/**
 * Our export highlights unfilled placeholders (XX万元, **所) in yellow. Read back, that highlight is
 * ours, not the user's: left on, a figure filled in later would still print yellow. Documents we
 * export now mark it with a style of ours; for those exported before, the highlight on a
 * placeholder's own characters is taken off.
 */
final class PlaceholderHighlights {

    /** What docProps/app.xml of our documents names as the program. */
    static final String EXPORTER = "SpeechDraft";

    private static final PlaceholderDetector DETECTOR = new PlaceholderDetector();

    private PlaceholderHighlights() {
    }

    static List<DraftParagraph> removed(List<DraftParagraph> paragraphs) {
        List<DraftParagraph> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(removed(paragraphs.get(i), i));
        }
        return out;
    }

    private static DraftParagraph removed(DraftParagraph paragraph, int index) {
        if (paragraph.runs().stream().noneMatch(r -> r.style().highlight())) {
            return paragraph;
        }
        List<RunEdits.Edit> edits = new ArrayList<>();
        for (Placeholder p : DETECTOR.detectIn(paragraph.text(), index)) {
            edits.add(new RunEdits.Edit(p.start(), p.end(), p.text()));
        }
        if (edits.isEmpty()) {
            return paragraph;
        }
        // the same text, cut at the placeholders' edges, then those pieces without the highlight
        DraftParagraph cut = RunEdits.apply(paragraph, edits);
        List<StyledRun> runs = new ArrayList<>();
        int at = 0;
        for (StyledRun run : cut.runs()) {
            int end = at + run.text().length();
            boolean inPlaceholder = false;
            for (RunEdits.Edit e : edits) {
                inPlaceholder |= e.start() <= at && end <= e.end();
            }
            runs.add(inPlaceholder ? new StyledRun(run.text(), run.style().withHighlight(false)) : run);
            at = end;
        }
        return new DraftParagraph(paragraph.level(), runs);
    }
}
