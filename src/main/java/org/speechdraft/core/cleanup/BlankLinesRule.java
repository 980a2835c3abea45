package org.speechdraft.core.cleanup;

import java.util.List;

/** 多余空行: blank lines at the start and the end, and all but one of several blank lines in a row. */
final class BlankLinesRule extends LineRemovalRule {

    @Override
    public String id() {
        return "blank-lines";
    }

    @Override
    boolean[] noise(List<String> texts) {
        boolean[] noise = new boolean[texts.size()];
        int first = Lines.nextNonBlank(texts, 0);
        int last = Lines.previousNonBlank(texts, texts.size() - 1);
        for (int i = 0; i < texts.size(); i++) {
            boolean blank = texts.get(i).isBlank();
            noise[i] = blank && (first < 0 || i < first || i > last || texts.get(i - 1).isBlank());
        }
        return noise;
    }
}
