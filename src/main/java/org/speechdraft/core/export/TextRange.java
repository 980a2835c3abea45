package org.speechdraft.core.export;

/** Characters [start, end) of a paragraph's text. */
record TextRange(int start, int end) {

    TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
