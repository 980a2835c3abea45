package org.speechdraft.core.template;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;


/**
 * The library's templates in gallery order — favourites first, then the recently used (latest
 * first), then by category (the usual categories in their usual order, others after) and name —
 * each with its search text lower-cased once, so that listing and searching even 1,000 templates
 * is one linear pass.
 */
final class TemplateCatalog {

    private record Indexed(TemplateEntry entry, String searchText, int categoryRank, CollationKey category,
                           CollationKey name) {
    }

    private static final Comparator<Indexed> GALLERY_ORDER = Comparator
            .comparing((Indexed i) -> !i.entry().favourite())
            .thenComparing(i -> i.entry().lastUsed(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparingInt(Indexed::categoryRank)
            .thenComparing(Indexed::category)
            .thenComparing(Indexed::name)
            .thenComparing(i -> i.entry().template().id());

    private final List<Indexed> ordered;

    TemplateCatalog(Collection<Template> templates, LibraryState state) {
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE); // pinyin order
        List<String> usualCategories = List.of(TemplateTexts.get("category.order").split(","));
        List<Indexed> indexed = new ArrayList<>(templates.size());
        for (Template t : templates) {
            int rank = usualCategories.indexOf(t.category());
            indexed.add(new Indexed(new TemplateEntry(t, state.isFavourite(t.id()), state.lastUsed(t.id())),
                    searchText(t), rank < 0 ? usualCategories.size() : rank,
                    collator.getCollationKey(t.category()), collator.getCollationKey(t.name())));
        }
        indexed.sort(GALLERY_ORDER);
        this.ordered = List.copyOf(indexed);
    }

    List<TemplateEntry> all() {
        return ordered.stream().map(Indexed::entry).toList();
    }

    /**
     * The templates whose name, category, keywords, description or headings contain every word of
     * {@code query} (separated by spaces, ignoring case), in gallery order; all for a blank query.
     */
    List<TemplateEntry> search(String query) {
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("[\\s\u3000]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return all();
        }
        List<TemplateEntry> found = new ArrayList<>();
        for (Indexed i : ordered) {
            if (containsAll(i.searchText(), words)) {
                found.add(i.entry());
            }
        }
        return found;
    }

    /** The categories in gallery order, each once. */
    List<String> categories() {
        Set<String> categories = new LinkedHashSet<>();
        ordered.stream().sorted(Comparator.comparingInt(Indexed::categoryRank).thenComparing(Indexed::category))
                .forEach(i -> categories.add(i.entry().template().category()));
        return List.copyOf(categories);
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String searchText(Template t) {
        StringBuilder text = new StringBuilder(t.name()).append('\n').append(t.category()).append('\n')
                .append(String.join("\n", t.keywords())).append('\n').append(t.description());
        t.paragraphs().stream().filter(p -> p.level().isHeading()).forEach(p -> text.append('\n').append(p.text()));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
