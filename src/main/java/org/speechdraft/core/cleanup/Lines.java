package org.speechdraft.core.cleanup;

import java.util.List;

/** Finding the neighbouring lines that hold text. */
final class Lines {

    private Lines() {
    }

    /** The first non-blank line at or after {@code from}, or -1. */
    static int nextNonBlank(List<String> texts, int from) {
        for (int i = Math.max(from, 0); i < texts.size(); i++) {
            if (!texts.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The last non-blank line at or before {@code from}, or -1. */
    static int previousNonBlank(List<String> texts, int from) {
        for (int i = Math.min(from, texts.size() - 1); i >= 0; i--) {
            if (!texts.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
