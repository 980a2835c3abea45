package org.speechdraft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildVersionTest {

    @Test
    void filteredVersionIsUsed() {
        assertEquals(Optional.of("1.2.0"), BuildVersion.from(properties("1.2.0")));
    }

    @Test
    void unfilteredPlaceholderMeansADevelopmentBuild() {
        assertEquals(Optional.empty(), BuildVersion.from(properties("${project.version}")));
    }

    @Test
    void missingOrBlankVersionMeansADevelopmentBuild() {
        assertEquals(Optional.empty(), BuildVersion.from(new Properties()));
        assertEquals(Optional.empty(), BuildVersion.from(properties(" ")));
    }

    private static Properties properties(String version) {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        return properties;
    }
}
