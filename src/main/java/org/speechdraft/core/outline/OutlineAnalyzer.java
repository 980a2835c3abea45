package org.speechdraft.core.outline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;

/**
 * Finds the outline of a speech — title, headings with their levels, inline series and numbering
 * problems — in plain text (pasted, imported, web pages) or in a draft, where a paragraph's
 * explicit heading level wins and body paragraphs are still read for headings written as text.
 * Thread-safe and linear in the length of the text.
 */
public final class OutlineAnalyzer {

    /** Plain text, one element per line; a line may be a paragraph or a flattened page holding several headings. */
    public Outline analyzeText(List<String> lines) {
        return analyze(lines, null).outline();
    }

    /**
     * A draft: HEADING_n paragraphs are headings at level n (their marker read from their start, if
     * any), the TITLE paragraph is the title, BODY paragraphs are read for headings written as text.
     */
    public Outline analyzeDraft(List<DraftParagraph> paragraphs) {
        return analyzeParagraphs(paragraphs).outline();
    }

    Analysis analyzeParagraphs(List<DraftParagraph> paragraphs) {
        return analyze(paragraphs.stream().map(DraftParagraph::text).toList(),
                paragraphs.stream().map(DraftParagraph::level).toList());
    }

    /** @param levels each line's explicit paragraph level, or null for plain text */
    private static Analysis analyze(List<String> lines, List<ParagraphLevel> levels) {
        int n = lines.size();
        int[] explicit = new int[n];
        boolean[] body = new boolean[n];
        for (int i = 0; i < n; i++) {
            ParagraphLevel level = levels == null ? ParagraphLevel.BODY : levels.get(i);
            explicit[i] = Chars.isBlank(lines.get(i)) ? 0 : level.headingDepth();
            body[i] = level == ParagraphLevel.BODY;
        }
        MarkerRoles roles = MarkerRoles.decide(withoutRepeatedPassages(lines, markers(lines, explicit, body)), explicit);
        List<Heading> headings = ListedHeadings.drop(lines, withTexts(lines, roles.headings(), explicit), explicit);
        headings = withLevels(headings, explicit);
        List<InlineSeries> series = SeriesBuilder.build(roles.seriesItems());

        Heading firstSection = headings.stream().filter(h -> h.level() == 1).findFirst().orElse(null);
        Announcement announcement = firstSection == null ? null
                : Announcement.find(lines, body, firstSection.paragraph(), firstSection.start());
        List<NumberingProblem> problems = NumberingChecks.check(headings, series, announcement);
        return new Analysis(new Outline(title(lines, levels, headings), headings, series, problems), announcement);
    }

    /** The markers of heading paragraphs and of body text, leaving out 目录/提纲 blocks. */
    private static List<Found> markers(List<String> lines, int[] explicit, boolean[] body) {
        boolean[] listed = new boolean[lines.size()];
        TocBlock.mark(lines, listed);
        List<Found> finds = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (explicit[i] > 0 || (body[i] && !listed[i])) {
                LineScanner.scan(lines.get(i), i, finds);
            }
        }
        return finds;
    }

    /** A draft's TITLE paragraph; in plain text (or a draft without one) the line that reads like a title. */
    private static String title(List<String> lines, List<ParagraphLevel> levels, List<Heading> headings) {
        if (levels != null && levels.contains(ParagraphLevel.TITLE)) {
            return explicitTitle(lines, levels);
        }
        Heading first = headings.isEmpty() ? null : headings.get(0);
        return first == null ? TitleFinder.find(lines, lines.size(), 0)
                : TitleFinder.find(lines, first.paragraph(), first.start());
    }

    private static String explicitTitle(List<String> lines, List<ParagraphLevel> levels) {
        for (int i = 0; i < lines.size(); i++) {
            if (levels.get(i) == ParagraphLevel.TITLE && !Chars.isBlank(lines.get(i))) {
                return lines.get(i).strip();
            }
        }
        return null;
    }

    private static List<Found> withoutRepeatedPassages(List<String> lines, List<Found> finds) {
        int[] structural = new int[lines.size()];
        for (Found f : finds) {
            if (!f.marker().style().isSeriesStyle()) {
                structural[f.paragraph()]++;
            }
        }
        boolean[] copies = RepeatedPassage.find(lines, structural);
        return finds.stream().filter(f -> !copies[f.paragraph()]).toList();
    }

    /** The headings with their words; explicit heading paragraphs without a marker are headings too. */
    private static List<Heading> withTexts(List<String> lines, List<Found> markers, int[] explicit) {
        List<Heading> starts = new ArrayList<>();
        boolean[] hasMarker = new boolean[lines.size()];
        for (Found f : markers) {
            starts.add(new Heading(0, f.marker(), "", f.paragraph(), f.start(), f.end()));
            hasMarker[f.paragraph()] |= explicit[f.paragraph()] > 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (explicit[i] > 0 && !hasMarker[i]) {
                int start = LineScanner.contentStart(lines.get(i));
                starts.add(new Heading(0, null, "", i, start, start));
            }
        }
        starts.sort(Comparator.comparingInt(Heading::paragraph).thenComparingInt(Heading::start));
        List<Heading> headings = new ArrayList<>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            Heading h = starts.get(k);
            String line = lines.get(h.paragraph());
            boolean nextInLine = k + 1 < starts.size() && starts.get(k + 1).paragraph() == h.paragraph();
            int limit = nextInLine ? starts.get(k + 1).start() : line.length();
            int textStart = Chars.skipBlanks(line, h.end());
            boolean setOffByBlanks = h.start() > LineScanner.contentStart(line) && Chars.isBlank(line.charAt(h.start() - 1));
            int end = HeadingText.end(line, textStart, limit, setOffByBlanks);
            headings.add(new Heading(0, h.marker(), line.substring(textStart, end), h.paragraph(), h.start(), end));
        }
        return headings;
    }

    private static List<Heading> withLevels(List<Heading> headings, int[] explicit) {
        int[] explicitOfHeading = headings.stream().mapToInt(h -> explicit[h.paragraph()]).toArray();
        int[] levels = LevelAssigner.assign(headings, explicitOfHeading);
        List<Heading> result = new ArrayList<>(headings.size());
        for (int i = 0; i < headings.size(); i++) {
            result.add(headings.get(i).withLevel(levels[i]));
        }
        return result;
    }
}
