package org.speechdraft.ui.template;

import org.speechdraft.core.template.TemplateEntry;
import org.speechdraft.ui.UiText;

/**
 * One line of the gallery's category list: 全部, ★ 收藏, 最近使用, or one category.
 *
 * @param category the category's name for {@link Kind#CATEGORY}, "" otherwise
 */
public record GalleryFilter(Kind kind, String category) {

    public enum Kind { ALL, FAVOURITES, RECENT, CATEGORY }

    public static final GalleryFilter ALL = new GalleryFilter(Kind.ALL, "");
    public static final GalleryFilter FAVOURITES = new GalleryFilter(Kind.FAVOURITES, "");
    public static final GalleryFilter RECENT = new GalleryFilter(Kind.RECENT, "");

    public static GalleryFilter category(String name) {
        return new GalleryFilter(Kind.CATEGORY, name);
    }

    public boolean accepts(TemplateEntry entry) {
        return switch (kind) {
            case ALL -> true;
            case FAVOURITES -> entry.favourite();
            case RECENT -> entry.lastUsed() != null;
            case CATEGORY -> entry.template().category().equals(category);
        };
    }

    /** What the list shows. */
    public String label() {
        return switch (kind) {
            case ALL -> UiText.get("gallery.category.all");
            case FAVOURITES -> UiText.get("gallery.category.favourites");
            case RECENT -> UiText.get("gallery.category.recent");
            case CATEGORY -> category.isEmpty() ? UiText.get("gallery.category.none") : category;
        };
    }
}
