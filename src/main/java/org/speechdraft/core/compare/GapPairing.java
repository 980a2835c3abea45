package org.speechdraft.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Which paragraphs between two equal ones are edited versions of each other: the pairing, in order
 * on both sides, with the greatest total {@link Similarity#score similarity}, so that a paragraph
 * pairs with its own edited version rather than with a look-alike next to it. A gap too large for
 * that (two unrelated texts of hundreds of paragraphs) is paired by Myers' diff with "similar" as
 * equality: as many pairs, found in linear space.
 */
final class GapPairing {

    /** Up to this many paragraph pairs are scored, a few hundred milliseconds at most. */
    private static final long MAX_SCORED = 250_000;

    private GapPairing() {
    }

    /** The pairs as {left index, right index} into the two lists, increasing on both sides. */
    static List<int[]> pairs(List<Similarity> left, List<Similarity> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return List.of();
        }
        if ((long) left.size() * right.size() > MAX_SCORED) {
            return bySimilarDiff(left, right);
        }
        return byBestScore(left, right);
    }

    private static List<int[]> byBestScore(List<Similarity> left, List<Similarity> right) {
        int m = left.size();
        int n = right.size();
        double[][] best = new double[m + 1][n + 1]; // best[i][j]: left's first i with right's first j
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                double score = left.get(i - 1).score(right.get(j - 1));
                double paired = score > 0 ? best[i - 1][j - 1] + score : 0;
                best[i][j] = Math.max(paired, Math.max(best[i - 1][j], best[i][j - 1]));
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                pairs.add(0, new int[] {i - 1, j - 1});
                i--;
                j--;
            }
        }
        return pairs;
    }

    private static List<int[]> bySimilarDiff(List<Similarity> left, List<Similarity> right) {
        List<int[]> pairs = new ArrayList<>();
        for (AbstractDelta<Similarity> delta : DiffUtils.diff(left, right,
                new MyersDiffWithLinearSpace<Similarity>(Similarity::similarTo), null, true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                for (int k = 0; k < delta.getSource().size(); k++) {
                    pairs.add(new int[] {delta.getSource().getPosition() + k, delta.getTarget().getPosition() + k});
                }
            }
        }
        return pairs;
    }
}
