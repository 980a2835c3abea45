package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Gives the lines of a plain-text speech the paragraph levels the outline engine sees in them: the
 * title, the time or "——在…上的讲话" line under it, the salutation, headings that open a line
 * (一、 （一） 1. （1） …, at the depth they nest to), a closing "谢谢大家！"; everything else is
 * body text. For opening or exporting a .txt as a structured draft.
 */
public final class TextStructure {

    private static final int MAX_SALUTATION = 30;
    private static final int MAX_TITLE = 40;
    private static final int MAX_SUBTITLE = 60;
    private static final int MAX_CLOSING = 20;
    private static final int MAX_DEPTH = 4;

    private final OutlineAnalyzer analyzer = new OutlineAnalyzer();

    /** One paragraph per line, the lines unchanged (blank lines stay, as body). */
    public List<DraftParagraph> paragraphs(List<String> lines) {
        Outline outline = analyzer.analyzeText(lines);
        ParagraphLevel[] levels = new ParagraphLevel[lines.size()];
        Arrays.fill(levels, ParagraphLevel.BODY);
        int firstHeading = outline.headings().isEmpty() ? lines.size() : outline.headings().get(0).paragraph();
        int speechStart = markOpening(lines, levels, outline.title(), firstHeading);
        for (Heading h : outline.headings()) {
            int i = h.paragraph();
            if (i >= speechStart && levels[i] == ParagraphLevel.BODY && h.start() == LineScanner.contentStart(lines.get(i))) {
                levels[i] = ParagraphLevel.heading(Math.min(Math.max(h.level(), 1), MAX_DEPTH));
            }
        }
        markClosing(lines, levels);
        List<DraftParagraph> paragraphs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            paragraphs.add(DraftParagraph.of(levels[i], lines.get(i)));
        }
        return paragraphs;
    }

    /** Title, subtitle lines and salutation before the first heading; returns where the speech proper starts. */
    private static int markOpening(List<String> lines, ParagraphLevel[] levels, String title, int firstHeading) {
        int i = 0;
        int titleLine = title != null ? titleLine(lines, title, firstHeading) : titleAboveSubtitle(lines, firstHeading);
        if (titleLine >= 0) {
            levels[titleLine] = ParagraphLevel.TITLE;
            i = titleLine + 1;
            while (i < firstHeading && isSubtitle(lines.get(i).strip())) {
                levels[i++] = ParagraphLevel.SUBTITLE;
            }
        } else if (title != null) {
            return 0; // a title run into other text on a flattened line: leave the opening as it is
        }
        while (i < firstHeading && Chars.isBlank(lines.get(i))) {
            i++;
        }
        if (i < firstHeading && isSalutation(lines.get(i).strip())) {
            levels[i++] = ParagraphLevel.SALUTATION;
        }
        return i;
    }

    private static int titleLine(List<String> lines, String title, int firstHeading) {
        for (int i = 0; i < lines.size() && i < firstHeading; i++) {
            if (withoutColons(lines.get(i).strip()).equals(title)) {
                return i;
            }
        }
        return -1;
    }

    /** A title the outline engine passed over: a short first line with "——在…上的讲话" or "（日期）" under it. */
    private static int titleAboveSubtitle(List<String> lines, int firstHeading) {
        int first = nextNonBlank(lines, 0, firstHeading);
        int second = nextNonBlank(lines, first + 1, firstHeading);
        if (first < 0 || second < 0) {
            return -1;
        }
        String text = lines.get(first).strip();
        boolean isShort = text.length() <= MAX_TITLE && text.chars().noneMatch(c -> Chars.isSentenceStop((char) c));
        return isShort && isSubtitle(lines.get(second).strip()) ? first : -1;
    }

    private static int nextNonBlank(List<String> lines, int from, int to) {
        for (int i = Math.max(from, 0); i < to && i < lines.size(); i++) {
            if (!Chars.isBlank(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "（2026年1月8日）", "——在全县经济工作会议上的讲话", "县长 张三" is not recognised. */
    private static boolean isSubtitle(String text) {
        if (text.isEmpty() || text.length() > MAX_SUBTITLE) {
            return false;
        }
        boolean bracketed = (text.startsWith("（") && text.endsWith("）")) || (text.startsWith("(") && text.endsWith(")"));
        return bracketed || text.startsWith("—") || text.startsWith("--");
    }

    private static boolean isSalutation(String text) {
        return text.length() <= MAX_SALUTATION && Salutation.opens(text) && (text.endsWith("：") || text.endsWith(":"));
    }

    /** The last non-blank line when it is a short thanks: 谢谢大家！ */
    private static void markClosing(List<String> lines, ParagraphLevel[] levels) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String text = lines.get(i).strip();
            if (!text.isEmpty()) {
                if (levels[i] == ParagraphLevel.BODY && text.length() <= MAX_CLOSING && text.startsWith("谢谢")) {
                    levels[i] = ParagraphLevel.CLOSING;
                }
                return;
            }
        }
    }

    private static String withoutColons(String text) {
        String head = text;
        while (head.endsWith("：") || head.endsWith(":")) {
            head = head.substring(0, head.length() - 1).strip();
        }
        return head;
    }
}
