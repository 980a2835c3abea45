package org.speechdraft.core.cleanup;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.speechdraft.core.text.PastedText;

/**
 * Whether text pasted into the editor carries what a web page or a PDF adds to a speech (site
 * chrome, paywall notes, pinyin, page numbers, broken lines …), so that the editor can offer to
 * clean it after the paste. Indents, no-break spaces and blank lines do not count: every paste
 * drops them anyway. Stateless and thread-safe.
 */
public final class PastedNoise {

    /** Rules whose work the paste itself already does. */
    private static final Set<String> DONE_BY_EVERY_PASTE = Set.of("whitespace", "blank-lines");

    private final Cleaner cleaner = new Cleaner();

    /**
     * What cleaning the paste would do.
     *
     * @param noise      how many lines the clean-up removes, changes, joins or splits
     * @param paragraphs the cleaned paste, one paragraph per line as a paste gives them
     * @param rules      the names of the rules that found something, in the order they ran
     */
    public record Offer(int noise, List<String> paragraphs, List<String> rules) {

        public Offer {
            paragraphs = List.copyOf(paragraphs);
            rules = List.copyOf(rules);
        }
    }

    /** The offer for {@code clipboardText} with the default rules; empty when there is nothing to clean. */
    public Optional<Offer> check(String clipboardText) {
        if (clipboardText == null || clipboardText.isBlank()) {
            return Optional.empty();
        }
        CleanupResult result = cleaner.clean(PastedText.lines(clipboardText), CleanupOptions.DEFAULTS);
        List<RuleReport> noisy = result.report().effective().stream()
                .filter(r -> !DONE_BY_EVERY_PASTE.contains(r.rule().id()))
                .toList();
        if (noisy.isEmpty()) {
            return Optional.empty();
        }
        int noise = noisy.stream().mapToInt(r -> r.changes().size()).sum();
        List<String> paragraphs = PastedText.paragraphs(String.join("\n", result.lines()));
        return Optional.of(new Offer(noise, paragraphs, noisy.stream().map(r -> r.rule().name()).toList()));
    }
}
