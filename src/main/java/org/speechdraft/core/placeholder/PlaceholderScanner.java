package org.speechdraft.core.placeholder;

import java.util.List;

/**
 * Finds the placeholders of one paragraph in a single pass: template fields, then figures with
 * marks (XX, **, 20XX, x月x日 …) that are not traps, each with its unit, label, kind and context.
 * Web addresses and CSS blocks are stepped over whole; Markdown bold stars are stepped over.
 */
final class PlaceholderScanner {

    private final String text;
    private final int paragraph;
    private final List<Placeholder> found;
    /** Where the stars that close the bold just opened start, or -1. */
    private int boldClosing = EmphasisPairs.NONE;

    private PlaceholderScanner(String text, int paragraph, List<Placeholder> found) {
        this.text = text;
        this.paragraph = paragraph;
        this.found = found;
    }

    static void scan(String text, int paragraph, List<Placeholder> found) {
        new PlaceholderScanner(text, paragraph, found).scan();
    }

    private void scan() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == '{') {
                next = afterBrace(i);
            } else if (FigureChars.isFigureChar(c)) {
                next = afterFigure(i);
            } else if (SkippedSpans.mayStartUrl(c)) {
                next = Math.max(next, SkippedSpans.urlEnd(text, i));
            }
            i = next;
        }
    }

    private int afterBrace(int at) {
        int fieldEnd = TemplateFields.endAt(text, at);
        if (fieldEnd != TemplateFields.NONE) {
            found.add(field(at, fieldEnd));
            return fieldEnd;
        }
        return Math.max(at + 1, SkippedSpans.styleBlockEnd(text, at));
    }

    private int afterFigure(int at) {
        FigureRun run = FigureRuns.read(text, at);
        if (!run.hasMark(text) || at == boldClosing) {
            return run.end();
        }
        if (EmphasisPairs.mayOpen(text, run)) {
            boldClosing = EmphasisPairs.closingStart(text, run);
            if (boldClosing != EmphasisPairs.NONE) {
                return run.end();
            }
        }
        if (!FigureTraps.isTrap(text, run)) {
            found.add(placeholder(run));
        }
        return run.end();
    }

    private Placeholder placeholder(FigureRun run) {
        MeasureUnit unit = run.date() ? null : MeasureUnits.read(text, FigureChars.skipGap(text, run.end()));
        PlaceholderKind kind = KindRules.of(text, run, unit);
        // A name is said by the title or place word after it (***同志, XX县), not by a figure word before.
        boolean name = kind == PlaceholderKind.NAME;
        String label = name ? "" : FigureLabels.before(text, run.start());
        String unitText = name ? NameCues.suffixAfter(text, run) : unit == null ? "" : unit.text();
        return new Placeholder(text.substring(run.start(), run.end()), kind, label, unitText, paragraph,
                run.start(), run.end(), ContextWindow.around(text, run.start(), run.end()), false);
    }

    private Placeholder field(int start, int end) {
        String name = TemplateFields.name(text, start, end);
        MeasureUnit unit = MeasureUnits.read(text, FigureChars.skipGap(text, end));
        return new Placeholder(text.substring(start, end), TemplateFields.kind(name, unit), name,
                unit == null ? "" : unit.text(), paragraph, start, end, ContextWindow.around(text, start, end), true);
    }
}
