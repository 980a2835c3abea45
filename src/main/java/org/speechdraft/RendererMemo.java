package org.speechdraft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.speechdraft.core.storage.AppHome;

/**
 * Remembers that the window on this PC ended up with JavaFX's software renderer, so that later
 * starts ask for it directly ({@code -Dprism.order=sw}, from {@link TunedJvm}) and load no OpenGL.
 *
 * <p>Why: without a usable GPU (an office PC, a remote desktop) JavaFX first tries its OpenGL
 * pipeline, only to fall back to the software renderer; and on Linux GTK sets up OpenGL for the
 * window too, which JavaFX's software renderer never uses. Both load the system's OpenGL — Mesa's
 * software OpenGL with its compiler library — about 55 MB of the window's memory (of 310 MB with
 * a 100k-character draft open) for nothing. The memo is a file beside the class-data archive,
 * removed with it when the jar or the Java changes, and trusted for 30 days after the last real
 * probe, so a PC that gets a graphics driver gets its GPU back.
 */
public final class RendererMemo {

    static final String FILE_NAME = "software-rendering";
    static final Duration TRUSTED_FOR = Duration.ofDays(30);
    /** Set in the window's JVM when it was told to skip the GPU: it then has nothing to learn about the GPU. */
    static final String PROBE_SKIPPED_PROPERTY = "speechdraft.gpuProbeSkipped";

    private RendererMemo() {
    }

    /** True when a window on this PC found no usable GPU within the last 30 days. */
    static boolean softwareRemembered(Path cacheDir, Instant now) {
        try {
            FileTime written = Files.getLastModifiedTime(cacheDir.resolve(FILE_NAME));
            return written.toInstant().isAfter(now.minus(TRUSTED_FOR));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The environment of a window that renders in software: GTK 3 is told to set up no OpenGL
     * ({@code GDK_GL=disable}; a value of the user's own stays).
     */
    static void withoutOpenGl(Map<String, String> environment) {
        environment.putIfAbsent("GDK_GL", "disable");
    }

    static void forget(Path cacheDir) throws IOException {
        Files.deleteIfExists(cacheDir.resolve(FILE_NAME));
    }

    /**
     * Called by the window once JavaFX has chosen its renderer: remembers a fall-back to software,
     * forgets it when a GPU pipeline was chosen, on a thread of its own (files, not the window's
     * work). Only in a window started by {@link TunedJvm} that really probed (not told to skip, no
     * {@code prism.order} of the user's).
     */
    public static void recordChosenRenderer(AppHome home) {
        if (System.getProperty(TunedJvm.LAUNCH_START_PROPERTY) == null || Boolean.getBoolean(PROBE_SKIPPED_PROPERTY)
                || System.getProperty("prism.order") != null) {
            return;
        }
        Thread recorder = new Thread(() -> softwarePipeline()
                .ifPresent(software -> record(home.startupCacheDir(), software)), "speechdraft-renderer-memo");
        recorder.setDaemon(true);
        recorder.start();
    }

    static void record(Path cacheDir, boolean software) {
        try {
            if (software) {
                Path memo = cacheDir.resolve(FILE_NAME);
                if (!Files.exists(memo)) {
                    Files.createFile(memo);
                }
                Files.setLastModifiedTime(memo, FileTime.from(Instant.now()));
            } else {
                forget(cacheDir);
            }
        } catch (IOException e) {
            // without the memo the next start probes the GPU again, as JavaFX does by default
        }
    }

    /**
     * Whether JavaFX renders in software, from its pipeline's class; empty when that cannot be read
     * (JavaFX as named modules, whose internals are closed, or another JavaFX version).
     */
    private static Optional<Boolean> softwarePipeline() {
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return pipeline == null ? Optional.empty()
                    : Optional.of(pipeline.getClass().getName().equals("com.sun.prism.sw.SWPipeline"));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
