package org.speechdraft.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps a list of immutable items, computing the value only for items that were not in the last
 * call's list. RichTextFX's paragraphs are immutable and an edit replaces only the paragraphs it
 * touches, so an unchanged paragraph is the same object as before (and so is the draft paragraph
 * made from it): after a keystroke one paragraph is converted or measured again, not the whole
 * draft — the live analyses ask at every pause in typing. Items are matched by identity, not
 * equality: cheap, and two equal paragraphs map to equal values anyway.
 */
public final class LastPassMemo<K, V> {

    private final Function<? super K, ? extends V> compute;
    private Map<K, V> last = new IdentityHashMap<>();

    public LastPassMemo(Function<? super K, ? extends V> compute) {
        this.compute = compute;
    }

    /** One value per item, in order; synchronized because an analysis may also run on the FX thread. */
    public synchronized List<V> map(List<? extends K> items) {
        Map<K, V> now = new IdentityHashMap<>(items.size() * 2);
        List<V> out = new ArrayList<>(items.size());
        for (K item : items) {
            V value = last.get(item);
            if (value == null) {
                value = compute.apply(item);
            }
            now.put(item, value);
            out.add(value);
        }
        last = now;
        return Collections.unmodifiableList(out);
    }
}
