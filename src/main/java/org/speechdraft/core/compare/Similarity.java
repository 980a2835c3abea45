package org.speechdraft.core.compare;

import java.util.Arrays;

/**
 * Whether two paragraphs are versions of each other (a figure changed, a phrase reworded) rather
 * than different paragraphs: the Dice coefficient of their sets of characters and character pairs.
 * Characters alone would make any two paragraphs on one subject look alike; pairs alone would make a
 * short heading with one word changed ("一、加强领导" → "一、强化领导") look new.
 */
final class Similarity {

    /** At or above this, two paragraphs are taken as one paragraph changed. */
    static final double THRESHOLD = 0.5;

    private final String text;
    /** The distinct characters and pairs, as sorted codes (a pair's code is above every character's). */
    private final long[] grams;

    Similarity(String text) {
        this.text = text;
        this.grams = grams(text);
    }

    boolean similarTo(Similarity other) {
        return score(other) > 0;
    }

    /** How alike the two are, from {@link #THRESHOLD} to 1; 0 below the threshold. */
    double score(Similarity other) {
        if (text.equals(other.text)) {
            return 1;
        }
        int a = grams.length;
        int b = other.grams.length;
        if (a == 0 || b == 0 || 2.0 * Math.min(a, b) / (a + b) < THRESHOLD) {
            return 0; // too different in length to reach the threshold
        }
        double dice = 2.0 * common(grams, other.grams) / (a + b);
        return dice >= THRESHOLD ? dice : 0;
    }

    private static long[] grams(String text) {
        long[] all = new long[text.length() * 2];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            all[n++] = c;
            if (i + 1 < text.length()) {
                all[n++] = (1L << 32) | ((long) c << 16) | text.charAt(i + 1);
            }
        }
        long[] sorted = Arrays.copyOf(all, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
