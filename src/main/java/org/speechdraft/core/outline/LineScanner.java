package org.speechdraft.core.outline;

import java.util.List;

/**
 * Finds the markers in one line: the one that opens the line, and those inside it that can only be
 * markers — after a sentence stop (flattened web pages put several headings on one line), after a
 * colon or semicolon (an inline list), or, for 一是/第一， items, after a comma or as the next
 * number of a series already running in the line. Numbers inside sentences (十九届二、三、四中全会,
 * 增长3.5%) are passed over.
 */
final class LineScanner {

    /** Parallel words and the ordinal, each with its own running series: 是 要 抓 第. */
    private static final String SERIES_KEYS = "是要抓第";
    private static final int MAX_PAGE_NUMBER_DIGITS = 3;

    private LineScanner() {
    }

    /** Where the line's text begins: after indentation and a page number left by PDF extraction ("  2 但"). */
    static int contentStart(String line) {
        int i = Chars.skipBlanks(line, 0);
        int digits = i;
        while (digits < line.length() && MarkerParser.isAsciiDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > i && digits - i <= MAX_PAGE_NUMBER_DIGITS && digits < line.length()
                && Chars.isBlank(line.charAt(digits))) {
            int text = Chars.skipBlanks(line, digits);
            if (text < line.length() && !MarkerParser.isAsciiDigit(line.charAt(text))) {
                return text;
            }
        }
        return i;
    }

    /** Appends the markers of {@code line} to {@code out}, in order. */
    static void scan(String line, int paragraph, List<Found> out) {
        new LineState(line, paragraph, out).run();
    }

    /** The scan of one line: which series are running and whether a heading's text is still open. */
    private static final class LineState {
        private final String line;
        private final int paragraph;
        private final List<Found> out;
        private final int[] lastSeriesNumber = new int[SERIES_KEYS.length()];
        private HeadingMarker openHeading;
        private boolean stopSinceHeading = true;

        LineState(String line, int paragraph, List<Found> out) {
            this.line = line;
            this.paragraph = paragraph;
            this.out = out;
        }

        void run() {
            int start = contentStart(line);
            int i = start;
            HeadingMarker first = MarkerParser.parse(line, start);
            if (first != null) {
                accept(first, start, Found.Lead.LINE_START);
                i = start + first.text().length();
            }
            while (i < line.length()) {
                char c = line.charAt(i);
                if (Chars.isSentenceStop(c)) {
                    stopSinceHeading = true;
                } else if (MarkerParser.canStart(c) && !continuesANumber(i)) {
                    HeadingMarker marker = MarkerParser.parse(line, i);
                    Found.Lead lead = marker == null ? null : leadHere(marker, i);
                    if (lead != null) {
                        accept(marker, i, lead);
                        i += marker.text().length();
                        continue;
                    }
                }
                i++;
            }
        }

        private void accept(HeadingMarker marker, int at, Found.Lead lead) {
            out.add(new Found(paragraph, at, marker, lead));
            if (marker.style().isSeriesStyle()) {
                lastSeriesNumber[seriesKey(marker)] = marker.number();
            } else {
                openHeading = marker;
                stopSinceHeading = false;
            }
        }

        /** 十九 in 十九届, 25 in 2025: a numeral preceded by a numeral is not a marker's start. */
        private boolean continuesANumber(int i) {
            if (i == 0) {
                return false;
            }
            char prev = line.charAt(i - 1);
            char c = line.charAt(i);
            return (MarkerParser.isAsciiDigit(prev) && MarkerParser.isAsciiDigit(c))
                    || (ChineseNumerals.isNumeral(prev) && ChineseNumerals.isNumeral(c))
                    || (prev == '第' && ChineseNumerals.isNumeral(c));
        }

        /** How the marker at {@code at} is introduced, or null when it cannot be a marker there. */
        private Found.Lead leadHere(HeadingMarker marker, int at) {
            if (marker.style() == MarkerStyle.DASH) {
                return null; // a dash inside a sentence is punctuation
            }
            char prev = line.charAt(at - 1);
            if (marker.style().isSeriesStyle()) {
                int last = lastSeriesNumber[seriesKey(marker)];
                return Chars.isSeriesBoundary(prev) || (last > 0 && marker.number() == last + 1) ? Found.Lead.INLINE : null;
            }
            int before = Chars.trimEnd(line, 0, at);
            char meaningful = before > 0 ? line.charAt(before - 1) : '。';
            if (Chars.isSentenceStop(meaningful) && meaningful != '；' && meaningful != ';') {
                return Found.Lead.SENTENCE;
            }
            if (meaningful == '：' || meaningful == ':') {
                return Found.Lead.COLON;
            }
            if (meaningful == '；' || meaningful == ';') {
                return Found.Lead.SEMICOLON;
            }
            MarkerStyle family = marker.style().family();
            boolean bracketOrComma = family == MarkerStyle.CHINESE_COMMA || family == MarkerStyle.CHINESE_PAREN
                    || family == MarkerStyle.ARABIC_PAREN;
            if (before < at && bracketOrComma) {
                return Found.Lead.SENTENCE; // set off by spaces, as flattened pages do
            }
            // "一、肯定成绩，正视问题（一）近年来…": a first sub-heading run straight after its parent's words.
            boolean runsOn = openHeading != null && !stopSinceHeading && marker.number() == 1
                    && family != openHeading.style().family();
            return runsOn ? Found.Lead.SENTENCE : null;
        }

        private static int seriesKey(HeadingMarker marker) {
            return marker.style() == MarkerStyle.ORDINAL ? SERIES_KEYS.indexOf('第') : SERIES_KEYS.indexOf(marker.word());
        }
    }
}
