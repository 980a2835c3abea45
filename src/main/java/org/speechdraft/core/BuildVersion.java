package org.speechdraft.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The version Maven wrote into {@code version.properties} at build time. Absent when the file is
 * missing or still holds the unfiltered placeholder, as in a build from the IDE.
 */
public final class BuildVersion {

    private static final String RESOURCE = "version.properties";

    private BuildVersion() {
    }

    public static Optional<String> current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return from(properties);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> from(Properties properties) {
        String version = properties.getProperty("version", "").strip();
        boolean unfiltered = version.contains("${");
        return version.isEmpty() || unfiltered ? Optional.empty() : Optional.of(version);
    }
}
