package org.speechdraft.core.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speechdraft.core.text.Excerpt;

/**
 * Counts what did not come in, by kind and paragraph ("第12段：2 个文本框"), keeping the first few
 * texts of each, short, so the report says what they were.
 */
final class NoteTally {

    static final int SHOWN_TEXTS = 2;
    static final int SHOWN_CHARS = 20;

    private record Key(ImportNote.Kind kind, int paragraph) {
    }

    private static final class Entry {
        int count;
        final List<String> texts = new ArrayList<>();
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    void add(ImportNote.Kind kind, int paragraph, String text) {
        Entry entry = entries.computeIfAbsent(new Key(kind, paragraph), k -> new Entry());
        entry.count++;
        if (text != null && !text.isBlank() && entry.texts.size() < SHOWN_TEXTS) {
            entry.texts.add(Excerpt.of(text, SHOWN_CHARS));
        }
    }

    /** For a kind counted elsewhere (format revisions): the count as it is. */
    void setCount(ImportNote.Kind kind, int paragraph, int count) {
        entries.computeIfAbsent(new Key(kind, paragraph), k -> new Entry()).count = count;
    }

    List<ImportNote> notes() {
        List<ImportNote> notes = new ArrayList<>();
        entries.forEach((key, entry) -> notes.add(new ImportNote(key.kind(), key.paragraph(), false, entry.count,
                detail(key.kind(), entry.texts))));
        return notes;
    }

    /** A table's size is its detail as it is; texts are quoted: “……”、“……”. */
    private static String detail(ImportNote.Kind kind, List<String> texts) {
        if (kind == ImportNote.Kind.TABLE) {
            return texts.isEmpty() ? "" : texts.get(0);
        }
        List<String> quoted = texts.stream().map(t -> "“" + t + "”").toList();
        return String.join("、", quoted);
    }
}
