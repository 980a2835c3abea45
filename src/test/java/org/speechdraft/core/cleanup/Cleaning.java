package org.speechdraft.core.cleanup;

import java.util.ArrayList;
import java.util.List;

/** Runs the cleaner on fixture lines the way the tests need it. */
final class Cleaning {

    private Cleaning() {
    }

    static CleanupResult clean(String... lines) {
        return new Cleaner().clean(List.of(lines), CleanupOptions.DEFAULTS);
    }

    static CleanupResult clean(CleanupOptions options, String... lines) {
        return new Cleaner().clean(List.of(lines), options);
    }

    /** The cleaned text's non-blank lines. */
    static List<String> kept(String... lines) {
        return nonBlank(clean(lines).lines());
    }

    static List<String> nonBlank(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** A body paragraph of our own, long enough to read as text rather than as a heading or a title. */
    static final String BODY = "今年以来，全县上下紧紧围绕年初确定的目标任务，真抓实干，攻坚克难，各项工作取得了明显成效。";
}
