package org.speechdraft.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Access to one resource bundle of user-facing text. Each layer owns its bundle
 * ({@code org/speechdraft/core/messages}, {@code …/ui/messages}, {@code …/cli/messages}); the
 * texts are Chinese, in UTF-8 .properties files.
 */
public final class Messages {

    public static final Messages CORE = new Messages("org.speechdraft.core.messages");

    private final ResourceBundle bundle;

    public Messages(String baseName) {
        // The product speaks Chinese whatever the JVM's locale; the base bundle is the Chinese one.
        this.bundle = ResourceBundle.getBundle(baseName, Locale.ROOT);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {0}, {1} … filled by MessageFormat. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key: " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
    }
}
