package org.speechdraft.core.storage;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one folder all user data lives in: $SPEECHDRAFT_HOME when set, otherwise a per-user default
 * (Windows: %APPDATA%\SpeechDraft; macOS: ~/Library/Application Support/SpeechDraft; others:
 * $XDG_DATA_HOME/speechdraft or ~/.local/share/speechdraft). The folders are created when first
 * written to, not here.
 */
public final class AppHome {

    /** Overrides everything else; meant for tests and portable installs. */
    public static final String SYSTEM_PROPERTY = "speechdraft.home";
    public static final String ENVIRONMENT_VARIABLE = "SPEECHDRAFT_HOME";

    private final Path root;

    private AppHome(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Precedence: system property "speechdraft.home" > environment variable SPEECHDRAFT_HOME > default. */
    public static AppHome resolve() {
        return resolve(System::getProperty, System::getenv);
    }

    /** The same as {@link #resolve()} with the lookups passed in, so every branch can be tested. */
    static AppHome resolve(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        return pathFrom(systemProperties.apply(SYSTEM_PROPERTY))
                .or(() -> pathFrom(environment.apply(ENVIRONMENT_VARIABLE)))
                .map(AppHome::at)
                .orElseGet(() -> at(defaultRoot(systemProperties, environment)));
    }

    public static AppHome at(Path root) {
        return new AppHome(root);
    }

    public Path root() {
        return root;
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    public Path recoveryDir() {
        return root.resolve("recovery");
    }

    public Path templatesDir() {
        return root.resolve("templates");
    }

    /** The user's own 常用语. */
    public Path phrasesFile() {
        return root.resolve("phrases.json");
    }

    /** The user's own export presets, one JSON file each. */
    public Path presetsDir() {
        return root.resolve("presets");
    }

    /** What the app keeps only to start faster (the class-data archive of its JVM); safe to delete. */
    public Path startupCacheDir() {
        return root.resolve("cache");
    }

    private static Path defaultRoot(UnaryOperator<String> systemProperties, UnaryOperator<String> environment) {
        String os = systemProperties.apply("os.name").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(systemProperties.apply("user.home"));
        if (os.startsWith("windows")) {
            return pathFrom(environment.apply("APPDATA"))
                    .orElse(userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("SpeechDraft");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("SpeechDraft");
        }
        return pathFrom(environment.apply("XDG_DATA_HOME"))
                .filter(Path::isAbsolute) // the XDG spec says to ignore relative values
                .orElse(userHome.resolve(".local").resolve("share"))
                .resolve("speechdraft");
    }

    /** Unset, blank or unusable values count as not set. */
    private static Optional<Path> pathFrom(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value.strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppHome home && home.root.equals(root);
    }

    @Override
    public int hashCode() {
        return root.hashCode();
    }

    @Override
    public String toString() {
        return "AppHome[" + root + "]";
    }
}
