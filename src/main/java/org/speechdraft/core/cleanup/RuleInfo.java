package org.speechdraft.core.cleanup;

/**
 * A clean-up rule as the user sees it in the preview and on the command line.
 *
 * @param id          stable, for settings and {@code clean --no ID}: "site-navigation", "pinyin" …
 * @param name        short Chinese name: 网站导航
 * @param description one Chinese sentence: what it removes or changes
 * @param onByDefault false for rules the user turns on when wanted (繁体转简体)
 */
public record RuleInfo(String id, String name, String description, boolean onByDefault) {
}
