package org.speechdraft.core.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechdraft.core.cleanup.HalfWidthPunctuation;
import org.speechdraft.core.model.RunEdits;
import org.speechdraft.core.text.CharCounter;

/** The checks that look at one paragraph's characters, and the digit widths across the speech. */
final class TextChecks {

    private static final String OPENERS = "“‘（《【「〔";
    private static final String CLOSERS = "”’）》】」〕";
    /** Characters a speaker never says twice in a row: "的的" is always a slip. */
    private static final Pattern DOUBLED_CHAR = Pattern.compile("([的了是在和与及对把被将就也都又很])\\1");
    /** A word of two to four characters said twice: "我们我们", "推进推进". */
    private static final Pattern DOUBLED_WORD = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    /** Words that are doubled on purpose in speeches. */
    private static final Set<String> MEANT_TWICE = Set.of("研究", "商量", "讨论", "学习", "了解", "检查", "看看",
            "想想", "谢谢", "天天", "年年", "步步", "层层", "事事", "处处", "时时", "人人");
    /** One paragraph's problems are found at paragraph 0; {@link ParagraphProblems} moves them to its index. */
    private static final int FOUND_AT = 0;
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；!?;]+[。！？；!?;]?");

    private TextChecks() {
    }

    /** The checks of one paragraph's characters, at paragraph 0 (see {@link ParagraphProblems}). */
    static ParagraphProblems paragraph(String text, CheckOptions options) {
        List<Problem> found = new ArrayList<>();
        if (options.isOn(CheckKind.HALF_WIDTH_PUNCTUATION)) {
            for (RunEdits.Edit e : HalfWidthPunctuation.in(text)) {
                found.add(new Problem(CheckKind.HALF_WIDTH_PUNCTUATION,
                        CheckKind.text("halfWidth", text.substring(e.start(), e.end()), e.text()), FOUND_AT,
                        e.start(), e.end(), e.text()));
            }
        }
        if (options.isOn(CheckKind.UNMATCHED_PAIR)) {
            unmatched(text, found);
        }
        if (options.isOn(CheckKind.DOUBLED)) {
            doubled(text, found);
        }
        List<Problem> longOnes = new ArrayList<>();
        if (options.isOn(CheckKind.LONG_SENTENCE)) {
            longSentences(text, options.longestSentence(), longOnes);
        }
        return new ParagraphProblems(found, longOnes);
    }

    private static void unmatched(String text, List<Problem> found) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0) {
                if (!open.isEmpty() && OPENERS.indexOf(text.charAt(open.peek())) == CLOSERS.indexOf(c)) {
                    open.pop();
                } else {
                    found.add(new Problem(CheckKind.UNMATCHED_PAIR, CheckKind.text("unmatched.closer", c,
                            OPENERS.charAt(CLOSERS.indexOf(c))), FOUND_AT, i, i + 1, null));
                }
            }
        }
        for (int at : open) {
            char c = text.charAt(at);
            found.add(new Problem(CheckKind.UNMATCHED_PAIR,
                    CheckKind.text("unmatched.opener", c, CLOSERS.charAt(OPENERS.indexOf(c))), FOUND_AT, at, at + 1, null));
        }
    }

    private static void doubled(String text, List<Problem> found) {
        Matcher m = DOUBLED_CHAR.matcher(text);
        while (m.find()) {
            found.add(doubledAt(m));
        }
        m = DOUBLED_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1);
            // 一步一步, 一点一点 are said so on purpose, as are the words in MEANT_TWICE.
            if (!word.startsWith("一") && !MEANT_TWICE.contains(word) && word.chars().distinct().count() > 1) {
                found.add(doubledAt(m));
            }
        }
    }

    private static Problem doubledAt(Matcher m) {
        String once = m.group(1);
        return new Problem(CheckKind.DOUBLED, CheckKind.text("doubled", m.group()), FOUND_AT, m.start(), m.end(), once);
    }

    private static void longSentences(String text, int longest, List<Problem> found) {
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int chars = CharCounter.count(text, m.start(), m.end());
            if (chars > longest) {
                found.add(new Problem(CheckKind.LONG_SENTENCE, CheckKind.text("longSentence", chars, longest), FOUND_AT,
                        m.start(), m.end(), null));
            }
        }
    }

    /** Full-width digits where the speech otherwise writes half-width ones, or the reverse. */
    static void mixedDigits(List<String> texts, List<Problem> found) {
        long full = 0;
        long half = 0;
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '０' && c <= '９') {
                    full++;
                } else if (c >= '0' && c <= '9') {
                    half++;
                }
            }
        }
        if (full == 0 || half == 0) {
            return;
        }
        boolean fixFull = full <= half;
        Pattern minority = Pattern.compile(fixFull ? "[０-９]+" : "[0-9]+");
        for (int p = 0; p < texts.size(); p++) {
            Matcher m = minority.matcher(texts.get(p));
            while (m.find()) {
                String other = convert(m.group(), fixFull);
                found.add(new Problem(CheckKind.MIXED_DIGITS, CheckKind.text(fixFull ? "digits.full" : "digits.half",
                        m.group(), other), p, m.start(), m.end(), other));
            }
        }
    }

    private static String convert(String digits, boolean toHalf) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(toHalf ? (char) (c - '０' + '0') : (char) (c - '0' + '０'));
        }
        return out.toString();
    }
}
