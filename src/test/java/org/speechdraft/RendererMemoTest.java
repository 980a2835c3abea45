package org.speechdraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererMemoTest {

    @TempDir
    Path cache;

    @Test
    void aSoftwareRendererIsRememberedForThirtyDays() {
        assertFalse(RendererMemo.softwareRemembered(cache, Instant.now()), "nothing learnt yet: JavaFX probes the GPU");
        RendererMemo.record(cache, true);

        assertTrue(RendererMemo.softwareRemembered(cache, Instant.now()));
        assertTrue(RendererMemo.softwareRemembered(cache, Instant.now().plus(Duration.ofDays(29))));
        assertFalse(RendererMemo.softwareRemembered(cache, Instant.now().plus(Duration.ofDays(31))),
                "a month on, the GPU is tried again (a driver may have been installed)");
    }

    @Test
    void aGpuRendererForgetsTheMemo() {
        RendererMemo.record(cache, true);
        RendererMemo.record(cache, false);
        assertFalse(RendererMemo.softwareRemembered(cache, Instant.now()));
    }

    @Test
    void anUnwritableFolderOnlyMeansTheGpuIsProbedAgain() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("cache"), "x");
        RendererMemo.record(notAFolder, true);
        assertFalse(RendererMemo.softwareRemembered(notAFolder, Instant.now()));
    }

    @Test
    void aWindowRenderingInSoftwareAsksGtkForNoOpenGlUnlessTheUserSaidOtherwise() {
        Map<String, String> environment = new HashMap<>(Map.of("DISPLAY", ":0"));
        RendererMemo.withoutOpenGl(environment);
        assertEquals(Map.of("DISPLAY", ":0", "GDK_GL", "disable"), environment);

        Map<String, String> users = new HashMap<>(Map.of("GDK_GL", "always"));
        RendererMemo.withoutOpenGl(users);
        assertEquals("always", users.get("GDK_GL"));
    }
}
