package org.speechdraft.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access to one resource bundle of user-facing text. Each layer owns its bundle
 * ({@code org/speechdraft/core/messages}, {@code …/ui/messages}, {@code …/cli/messages}); the
 * texts are Chinese, in UTF-8 .properties files.
 */
public final class Messages {

    public static final Messages CORE = new Messages("org.speechdraft.core.messages");

    private final String baseName;
    // Read at the first text asked for: CORE and each layer's texts are made when their class is
    // loaded, while a command-line run needs few of them. Threads racing here each read the same file.
    private volatile ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Messages(String baseName) {
        this.baseName = baseName;
    }

    public ResourceBundle bundle() {
        ResourceBundle loaded = bundle;
        if (loaded == null) {
            loaded = load(baseName);
            bundle = loaded;
        }
        return loaded;
    }

    /**
     * The base bundle, read directly: the product speaks Chinese whatever the JVM's locale, so there
     * is nothing for {@code ResourceBundle.getBundle} to choose, and its first call costs a command
     * line run some 25 ms. The file is UTF-8, as {@link PropertyResourceBundle} reads it.
     */
    private static ResourceBundle load(String baseName) {
        String path = baseName.replace('.', '/') + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new MissingResourceException("no bundle " + path, baseName, "");
            }
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The text for {@code key}, with {0}, {1} … filled by MessageFormat. */
    public String get(String key, Object... args) {
        ResourceBundle texts = bundle();
        String pattern;
        try {
            pattern = texts.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key: " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        // The status bar formats its figures at every keystroke: parse each pattern once.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE));
        synchronized (format) {
            return format.format(args);
        }
    }
}
