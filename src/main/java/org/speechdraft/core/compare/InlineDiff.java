package org.speechdraft.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes inside two corresponding paragraphs, at the level of {@link Tokens}: Myers' diff
 * (java-diff-utils, in linear space) over the tokens, then neighbouring changes merged where only a
 * character or two stands between them, so that a reworded phrase ("加快推进项目" → "全力推动工程")
 * is one change and not five; changes in different clauses stay apart.
 */
final class InlineDiff {

    /** Characters [leftStart, leftEnd) of the left paragraph became [rightStart, rightEnd) of the right one. */
    record Edit(int leftStart, int leftEnd, int rightStart, int rightEnd) {

        int size() {
            return Math.max(leftEnd - leftStart, rightEnd - rightStart);
        }
    }

    /** Always merged: this many characters of unchanged text between two changes. */
    private static final int SHORT_GAP = 2;

    private InlineDiff() {
    }

    static List<Edit> edits(String left, String right) {
        List<String> leftTokens = Tokens.of(left);
        List<String> rightTokens = Tokens.of(right);
        int[] leftOffsets = offsets(leftTokens);
        int[] rightOffsets = offsets(rightTokens);
        List<AbstractDelta<String>> deltas = DiffUtils.diff(leftTokens, rightTokens,
                new MyersDiffWithLinearSpace<String>()).getDeltas();
        List<Edit> merged = new ArrayList<>();
        int previousLeftEnd = -1; // in tokens, for the gap test
        for (int d = 0; d < deltas.size(); d++) {
            AbstractDelta<String> delta = deltas.get(d);
            int ls = delta.getSource().getPosition();
            int le = ls + delta.getSource().size();
            int rs = delta.getTarget().getPosition();
            int re = rs + delta.getTarget().size();
            int nextLeft = d + 1 < deltas.size() ? deltas.get(d + 1).getSource().getPosition() : leftTokens.size();
            int slide = sentenceSlide(leftTokens, ls, le, rightTokens, rs, re, nextLeft);
            ls += slide;
            le += slide;
            rs += slide;
            re += slide;
            Edit edit = new Edit(leftOffsets[ls], leftOffsets[le], rightOffsets[rs], rightOffsets[re]);
            int last = merged.size() - 1;
            if (last >= 0 && mergeable(leftTokens, previousLeftEnd, ls, merged.get(last), edit)) {
                Edit before = merged.get(last);
                merged.set(last, new Edit(before.leftStart(), edit.leftEnd(), before.rightStart(), edit.rightEnd()));
            } else {
                merged.add(edit);
            }
            previousLeftEnd = le;
        }
        return merged;
    }

    /**
     * How far to move a deleted or inserted stretch that could stand one token later just as well
     * ("。成绩来之不易" before "。" is "成绩来之不易。" after it): so that it is a whole sentence, from
     * after one stop to its own stop, as a reader takes it.
     */
    private static int sentenceSlide(List<String> left, int ls, int le, List<String> right, int rs, int re,
                                     int nextLeftDelta) {
        boolean deleted = rs == re && le > ls;
        boolean inserted = ls == le && re > rs;
        if (!deleted && !inserted) {
            return 0;
        }
        List<String> side = deleted ? left : right;
        int start = deleted ? ls : rs;
        int end = deleted ? le : re;
        int slide = 0;
        while (end + slide < side.size() && le + slide < nextLeftDelta && rs + slide < right.size()
                && ls + slide < left.size() && Tokens.isPunctuation(side.get(start + slide))
                && side.get(start + slide).equals(side.get(end + slide))) {
            slide++;
        }
        return slide;
    }

    /**
     * Whether the unchanged tokens [gapStart, gapEnd) between two changes are too slight to keep
     * them apart: no punctuation (a new clause), and at most two characters or no longer than
     * either change.
     */
    private static boolean mergeable(List<String> tokens, int gapStart, int gapEnd, Edit before, Edit after) {
        int gap = 0;
        for (int t = gapStart; t < gapEnd; t++) {
            if (Tokens.isPunctuation(tokens.get(t))) {
                return false;
            }
            gap += tokens.get(t).length();
        }
        return gap <= SHORT_GAP || gap <= Math.min(before.size(), after.size());
    }

    /** offsets[i] = where token i starts; offsets[size] = the text's length. */
    private static int[] offsets(List<String> tokens) {
        int[] offsets = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            offsets[i + 1] = offsets[i] + tokens.get(i).length();
        }
        return offsets;
    }
}
