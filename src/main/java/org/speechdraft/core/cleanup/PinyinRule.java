package org.speechdraft.core.cleanup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.speechdraft.core.model.RunEdits;

/**
 * 拼音注音: the pinyin some sites put after characters of traditional-script pages, "網(wǎng)" →
 * "網", "發展(fā zhǎn)" → "發展". A group is pinyin when it holds valid syllables and carries a tone
 * mark (or a "?" where a file saved in Big5 lost the marked vowel). Without one ("(de)") it is taken
 * as pinyin only after a Chinese character in a text already annotated with toned pinyin, so that
 * "(AI)", "(ai)" and "(Excel)" stay.
 */
final class PinyinRule extends TextEditRule {

    /** A text with this many toned groups is annotated throughout. */
    private static final int ANNOTATED = 3;
    private static final int LONGEST_GROUP = 24;
    private static final Pattern SYLLABLE = Pattern.compile(
            "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
            + "(iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ve|ue|er"
            + "|a|o|e|i|u|v)(r)?|ng|n|m");
    /** Vowels with tone marks; "?" is what such a vowel becomes in an encoding without it (Big5). */
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ?";

    @Override
    public String id() {
        return "pinyin";
    }

    @Override
    LineEditor editorFor(List<String> texts) {
        int toned = 0;
        for (String text : texts) {
            for (int i = text.indexOf('('); i >= 0 && toned < ANNOTATED; i = text.indexOf('(', i + 1)) {
                int end = groupEnd(text, i);
                if (end > 0 && isToned(group(text, i, end)) && isPinyin(text, i, end, false)) {
                    toned++;
                }
            }
        }
        boolean annotated = toned >= ANNOTATED;
        return text -> edits(text, annotated);
    }

    private static List<RunEdits.Edit> edits(String text, boolean annotated) {
        List<RunEdits.Edit> edits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && i > 0) {
                int end = groupEnd(text, i);
                if (end > 0 && isPinyin(text, i, end, annotated)) {
                    edits.add(new RunEdits.Edit(i, end, ""));
                    i = end - 1;
                }
            }
        }
        return edits;
    }

    /** The index after the ")" closing the group opened at {@code open}, or -1. */
    private static int groupEnd(String text, int open) {
        for (int k = open + 1; k < text.length() && k - open <= LONGEST_GROUP; k++) {
            char c = text.charAt(k);
            if (c == ')' || c == '）') {
                return k > open + 1 ? k + 1 : -1;
            }
            if (!isPinyinChar(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static String group(String text, int open, int end) {
        return text.substring(open + 1, end - 1);
    }

    private static boolean isPinyin(String text, int open, int end, boolean annotated) {
        String group = group(text, open, end);
        if (!isToned(group) && !(annotated && CjkChars.isHan(text.charAt(open - 1)))) {
            return false;
        }
        for (String syllable : group.strip().split("[ '’]+")) {
            if (!isSyllable(syllable)) {
                return false;
            }
        }
        return true;
    }

    /** A syllable without its tone marks; a "?" (a vowel lost to another encoding) may stand for any vowel. */
    private static boolean isSyllable(String syllable) {
        String plain = Normalizer.normalize(syllable.replace('ü', 'v').replace('ǖ', 'v').replace('ǘ', 'v')
                .replace('ǚ', 'v').replace('ǜ', 'v'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (plain.indexOf('?') < 0) {
            return SYLLABLE.matcher(plain).matches();
        }
        for (char vowel : "aeiou".toCharArray()) {
            if (SYLLABLE.matcher(plain.replace('?', vowel)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isToned(String group) {
        return group.chars().anyMatch(c -> TONED.indexOf(c) >= 0);
    }

    private static boolean isPinyinChar(char c) {
        return (c >= 'a' && c <= 'z') || TONED.indexOf(c) >= 0 || c == 'ü' || c == ' ' || c == '\'';
    }
}
