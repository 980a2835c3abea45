package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where lines of a flattened web page should be broken into the speech's paragraphs: a page that
 * lost its line breaks runs the title into "同志们：", the salutation into the opening, every
 * 一、/（一） section into the one before, and "谢谢大家！" into the last paragraph. The cuts come
 * from the outline engine (the same headings the outline pane shows), so what is cut is what is
 * recognised as structure; ordinary paragraphs with an inline （1）（2） are left whole.
 */
public final class FlattenedLines {

    /** A flattened line holds a page's worth of text; a paragraph with a run-in heading is shorter. */
    private static final int MIN_FLATTENED = 200;
    private static final int MIN_HEADINGS = 2;
    private static final int DEEPEST_CUT = 2;
    private static final int MAX_SALUTATION = 20;
    private static final String[] THANKS = {"谢谢大家！", "谢谢大家!", "謝謝大家！", "謝謝大家!", "谢谢！", "谢谢!"};

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    /** For each line, the char offsets (ascending, inside the line) before which it should be broken; empty when none. */
    public List<List<Integer>> cuts(List<String> lines) {
        List<TreeSet<Integer>> cuts = new ArrayList<>(lines.size());
        lines.forEach(line -> cuts.add(new TreeSet<>()));
        Outline outline = analyzer.analyzeText(lines);
        cutBeforeHeadings(lines, outline.headings(), cuts);
        int firstHeadingLine = outline.headings().isEmpty() ? lines.size() : outline.headings().get(0).paragraph();
        cutOpening(lines, outline.title(), Math.min(firstHeadingLine + 1, lines.size()), cuts);
        cutThanks(lines, cuts);
        return cuts.stream().map(set -> (List<Integer>) List.copyOf(set)).toList();
    }

    private static void cutBeforeHeadings(List<String> lines, List<Heading> headings, List<TreeSet<Integer>> cuts) {
        int[] perLine = new int[lines.size()];
        headings.stream().filter(h -> h.level() <= DEEPEST_CUT).forEach(h -> perLine[h.paragraph()]++);
        for (Heading h : headings) {
            String line = lines.get(h.paragraph());
            if (h.level() <= DEEPEST_CUT && perLine[h.paragraph()] >= MIN_HEADINGS && line.length() >= MIN_FLATTENED
                    && h.start() > Chars.skipBlanks(line, 0)) {
                cuts.get(h.paragraph()).add(h.start());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!cuts.get(i).isEmpty()) {
                cutBeforeClosingCall(lines.get(i), cuts.get(i));
            }
        }
    }

    /** "…各项任务。同志们，让我们…": the closing call after the last section of a flattened line. */
    private static void cutBeforeClosingCall(String line, TreeSet<Integer> cuts) {
        int call = Math.max(line.lastIndexOf("同志们，"), line.lastIndexOf("同志們，"));
        if (call > cuts.last() && Chars.isSentenceStop(line.charAt(call - 1))) {
            cuts.add(call);
        }
    }

    /** The title run into what follows it, and "同志们：" run into the opening paragraph. */
    private static void cutOpening(List<String> lines, String title, int end, List<TreeSet<Integer>> cuts) {
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            int start = Chars.skipBlanks(line, 0);
            if (title != null && line.startsWith(title, start) && Chars.skipBlanks(line, start + title.length()) < line.length()) {
                int after = Chars.skipBlanks(line, start + title.length());
                cuts.get(i).add(after);
                cutAfterSalutation(line, after, cuts.get(i));
                return;
            }
            if (Salutation.opens(line.substring(start))) {
                cutAfterSalutation(line, start, cuts.get(i));
                return;
            }
        }
    }

    private static void cutAfterSalutation(String line, int from, TreeSet<Integer> cuts) {
        if (!Salutation.opens(line.substring(from))) {
            return;
        }
        for (int i = from; i < line.length() && i - from <= MAX_SALUTATION; i++) {
            char c = line.charAt(i);
            if (c == '：' || c == ':') {
                int body = Chars.skipBlanks(line, i + 1);
                if (body < line.length()) {
                    cuts.add(body);
                }
                return;
            }
            if (Chars.isSentenceStop(c) || c == '，' || c == ',') {
                return; // "同志们，让我们…" is the closing's call, not a salutation
            }
        }
    }

    /** "…而努力奋斗！谢谢大家！" at the end of the text. */
    private static void cutThanks(List<String> lines, List<TreeSet<Integer>> cuts) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            int end = Chars.trimEnd(line, 0, line.length());
            if (end == 0) {
                continue;
            }
            for (String thanks : THANKS) {
                int at = end - thanks.length();
                if (at > Chars.skipBlanks(line, 0) && line.startsWith(thanks, at)) {
                    cuts.get(i).add(at);
                    return;
                }
            }
            return;
        }
    }
}
