package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechdraft.core.model.RunEdits;

/**
 * 页码: what PDF extraction leaves of page numbers — lines such as "- 3 -", "— 3 —", "第 3 页 共 10 页",
 * "3/10", "Page 3" or a bare "3", and numbers put before the first line of each page ("  2 但也日益
 * 临近…"), which are recognised as a series 1, 2, 3 … each a page of text apart. Where a page
 * break cut a sentence, its two halves are joined again. "1. 加强领导", "第一页" and a year stay.
 */
final class PageNumberRule implements CleanupRule {

    /** A page holds more text than this; numbered list items are closer together. */
    private static final int MIN_PAGE_CHARS = 200;
    /** Only the last line of a full page is cut by a page break; a short line before it ends a paragraph. */
    private static final int MIN_CUT_LINE = 30;
    private static final Pattern PAGE_LINE = Pattern.compile(
            "^[-—–－_~·•\\s]*\\d{1,4}[-—–－_~·•\\s]*$"
            + "|^第\\s*\\d{1,4}\\s*[页頁](\\s*[,，/、]?\\s*共\\s*\\d{1,4}\\s*[页頁])?$"
            + "|^共\\s*\\d{1,4}\\s*[页頁]\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*[页頁]$"
            + "|^\\d{1,4}\\s*/\\s*\\d{1,4}$|^(?i:page)\\s*\\d{1,4}(\\s*(?i:of|/)\\s*\\d{1,4})?$|^[页頁]码\\s*[:：]?\\s*\\d{1,4}$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s+\\S");

    @Override
    public String id() {
        return "page-numbers";
    }

    @Override
    public List<Line> apply(List<Line> lines, ChangeLog log) {
        List<String> texts = lines.stream().map(Line::text).toList();
        int[] prefixes = leadingPageNumbers(texts);
        List<Line> kept = new ArrayList<>(lines.size());
        List<Integer> breaks = new ArrayList<>(); // indexes in kept before which a page ended
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (isPageLine(texts.get(i).strip())) {
                log.removed(line);
                breaks.add(kept.size());
            } else if (prefixes[i] > 0) {
                RunEdits.Edit edit = new RunEdits.Edit(0, prefixes[i], "");
                Line edited = line.with(RunEdits.apply(line.paragraph(), List.of(edit)));
                log.changed(line, edited.text(), List.of(edit));
                breaks.add(kept.size());
                kept.add(edited);
            } else {
                kept.add(line);
            }
        }
        return breaks.isEmpty() ? kept : joinAcrossBreaks(kept, breaks, log);
    }

    private static boolean isPageLine(String text) {
        if (text.isEmpty() || !PAGE_LINE.matcher(text).matches()) {
            return false;
        }
        // A bare number of four digits is a year more likely than a page.
        return !BARE_NUMBER.matcher(text).matches() || text.length() <= 3;
    }

    /** For each line, the length of a page number before its text, or 0. */
    private static int[] leadingPageNumbers(List<String> texts) {
        int[] prefix = new int[texts.size()];
        Map<Integer, List<Integer>> chainsByNextNumber = new HashMap<>();
        Map<Integer, Integer> charsSince = new HashMap<>(); // chain's next number → chars after its last line
        List<List<Integer>> chains = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Matcher m = LEADING_NUMBER.matcher(texts.get(i));
            if (m.find()) {
                int number = Integer.parseInt(m.group(1));
                List<Integer> chain = chainsByNextNumber.remove(number);
                Integer since = charsSince.remove(number);
                if (chain == null || since < MIN_PAGE_CHARS) {
                    chain = new ArrayList<>();
                    chains.add(chain);
                }
                chain.add(i);
                chainsByNextNumber.put(number + 1, chain);
                charsSince.put(number + 1, texts.get(i).length() - m.end(1));
                continue;
            }
            int length = texts.get(i).length();
            charsSince.replaceAll((next, chars) -> chars + length);
        }
        for (List<Integer> chain : chains) {
            if (chain.size() >= 2) {
                for (int line : chain) {
                    Matcher m = LEADING_NUMBER.matcher(texts.get(line));
                    m.find();
                    prefix[line] = m.end() - 1;
                }
            }
        }
        return prefix;
    }

    /** Joins the last line before each break to the first after it when the sentence goes on. */
    private static List<Line> joinAcrossBreaks(List<Line> kept, List<Integer> breaks, ChangeLog log) {
        List<String> texts = kept.stream().map(Line::text).toList();
        SentenceJoin join = SentenceJoin.of(texts);
        boolean[] dropped = new boolean[kept.size()];
        Line[] joined = kept.toArray(Line[]::new);
        for (int at : breaks) {
            int cut = Lines.previousNonBlank(texts, at - 1); // the last line of the page
            int lower = Lines.nextNonBlank(texts, at);
            if (cut < 0 || lower < 0 || texts.get(cut).strip().length() < MIN_CUT_LINE || !join.mayJoin(texts, cut, lower, false)) {
                continue;
            }
            int upper = cut;
            while (upper > 0 && dropped[upper]) {
                upper--; // that line was joined to one above it at an earlier break
            }
            Line merged = joined[upper].with(SentenceJoin.join(joined[upper].paragraph(), joined[lower].paragraph()));
            log.joined(joined[upper], joined[lower], merged.text());
            joined[upper] = merged;
            for (int k = upper + 1; k <= lower; k++) {
                dropped[k] = true;
            }
        }
        List<Line> result = new ArrayList<>(kept.size());
        for (int i = 0; i < joined.length; i++) {
            if (!dropped[i]) {
                result.add(joined[i]);
            }
        }
        return result;
    }
}
