package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;

/**
 * 断行: line breaks inside sentences, as text copied from a PDF or a fixed-width page has them
 * ("…主要任务是:总结 20XX 年工" / "作，安排部署…"). Two body lines are joined when the upper one does
 * not end a sentence and either ends with a comma or 顿号 (the sentence certainly goes on) or fills
 * the text's line width (measured: most lines of such a text end within a few columns of it). A
 * short line without punctuation — a title, a heading, a last line — is not joined.
 */
final class BrokenLinesRule implements CleanupRule {

    /** The window of columns in which the lines of a wrapped text end. */
    private static final int SLACK = 6;
    /** A full line reaches this share of the width: half-width digits and spaces ("20XX 年") make lines narrower. */
    private static final int FULL_PERCENT = 85;
    /** Lines narrower than this do not tell a line width. */
    private static final int MIN_WIDTH = 20;
    private static final int MIN_FULL_LINES = 3;
    /** Wider than any wrapped page; such lines are paragraphs, not wrapped lines. */
    private static final int MAX_WIDTH = 400;
    /** At most one line in this many may be wider than the width (a title, a URL). */
    private static final int STRAY_SHARE = 10;

    @Override
    public String id() {
        return "line-breaks";
    }

    @Override
    public List<Line> apply(List<Line> lines, ChangeLog log) {
        List<String> texts = lines.stream().map(Line::text).toList();
        int width = lineWidth(texts);
        SentenceJoin join = SentenceJoin.of(texts);
        List<Line> result = new ArrayList<>(lines.size());
        Line current = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean continues = current != null && !texts.get(i).isBlank() && !texts.get(i - 1).isBlank()
                    && isCut(texts.get(i - 1), width) && join.mayJoin(texts, i - 1, i, isFull(texts.get(i - 1), width));
            if (continues) {
                Line merged = current.with(SentenceJoin.join(current.paragraph(), line.paragraph()));
                log.joined(current, line, merged.text());
                current = merged;
            } else {
                if (current != null) {
                    result.add(current);
                }
                current = line;
            }
        }
        if (current != null) {
            result.add(current);
        }
        return result;
    }

    /** The upper line was cut, not ended: by a comma, or by the line width. */
    private static boolean isCut(String upper, int width) {
        return CjkChars.separatesClauses(CjkChars.last(upper)) || isFull(upper, width);
    }

    private static boolean isFull(String line, int width) {
        return width > 0 && columns(line.strip()) * 100 >= width * FULL_PERCENT;
    }

    /**
     * The width in columns that the text was wrapped at, or 0 for a text not wrapped at a width
     * (each paragraph one line, as web pages and Word give it): the width that at least half of
     * the lines end near, with hardly any line (a stray long one) wider.
     */
    static int lineWidth(List<String> texts) {
        int[] histogram = new int[MAX_WIDTH + 2];
        int total = 0;
        for (String text : texts) {
            int w = columns(text.strip());
            if (w >= MIN_WIDTH) {
                histogram[Math.min(w, MAX_WIDTH + 1)]++;
                total++;
            }
        }
        int best = 0;
        int bestCount = 0;
        int wider = total;
        for (int candidate = MIN_WIDTH; candidate <= MAX_WIDTH; candidate++) {
            int count = 0;
            for (int w = Math.max(MIN_WIDTH, candidate - SLACK + 1); w <= candidate; w++) {
                count += histogram[w];
            }
            wider -= histogram[candidate];
            int widerThanSlack = wider;
            for (int w = candidate + 1; w <= Math.min(candidate + SLACK, MAX_WIDTH + 1); w++) {
                widerThanSlack -= histogram[w];
            }
            if (widerThanSlack * STRAY_SHARE <= total && count >= bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return bestCount >= MIN_FULL_LINES && bestCount * 2 >= total ? best : 0;
    }

    /** Display columns: a Chinese character or full-width mark takes two, ASCII one. */
    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return columns;
    }
}
