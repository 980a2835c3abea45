package org.speechdraft.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speechdraft.core.storage.DraftCodec;

/**
 * The application as users start it, {@code java -jar target/speechdraft.jar}, in its own process:
 * start-up time to an editable window (the app prints it with {@code -Dspeechdraft.startupTiming=true})
 * and the process's peak resident memory (VmHWM) with a generated 100k-character draft open and
 * a few keystrokes typed.
 *
 * <p>The window needs a display: a private Xvfb server when {@code Xvfb} is installed (the real
 * GTK glass path, as on a desktop; keystrokes are typed with {@code xdotool} when installed),
 * otherwise headless Monocle with the Monocle jar from the benchmark's class path next to the app
 * jar (start-up then skips GTK, and no keystrokes are typed). The JVM runs with its default flags,
 * as the jar's {@code Launcher} cannot set any, and on a temporary data folder.
 */
final class AppProcessBench {

    static final String NAME = "AppProcessBench";
    private static final Pattern STARTUP = Pattern.compile("startup: (\\d+) ms");
    private static final String KEYSTROKES = "jiangh";

    /** Start-up runs in ms (sorted), peak RSS in MB, and how the display was provided. */
    record Result(long[] startupMillis, long peakRssMb, long rssAfterOpenMb, boolean typed, String display) {
        long medianStartup() {
            return startupMillis[startupMillis.length / 2];
        }
    }

    private final Path jar;
    private final Path work;
    private final Display display;

    private AppProcessBench(Path jar, Path work, Display display) {
        this.jar = jar;
        this.work = work;
        this.display = display;
    }

    static Result run(Path jar, int startupRuns) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " not found: run with mvn -Pbench verify, which packages it first");
        }
        Path work = Files.createTempDirectory("speechdraft-bench-app");
        try (Display display = Display.start()) {
            AppProcessBench bench = new AppProcessBench(jar, work, display);
            long[] startups = new long[startupRuns];
            for (int i = 0; i < startupRuns; i++) {
                Process app = bench.launch("startup-" + i, null);
                startups[i] = bench.awaitStartup(app);
                stop(app);
            }
            Arrays.sort(startups);
            return bench.peakMemory(startups);
        } finally {
            BenchRunner.deleteTree(work);
        }
    }

    private Result peakMemory(long[] startups) throws Exception {
        Path draft = work.resolve("讲话稿100k" + DraftCodec.EXTENSION);
        Files.write(draft, new DraftCodec().encode(SpeechTextGenerator.draft(100_000)));
        Process app = launch("memory", draft);
        try {
            awaitStartup(app);
            // the draft's first analyses (outline, 待填数据, 校对) run after it opens
            Thread.sleep(3000);
            long afterOpen = rssMb(app.pid(), "VmRSS");
            boolean typed = display.type(KEYSTROKES);
            Thread.sleep(2000);
            return new Result(startups, rssMb(app.pid(), "VmHWM"), afterOpen, typed, display.description());
        } finally {
            stop(app);
        }
    }

    private Process launch(String name, Path file) throws IOException {
        Path home = Files.createDirectories(work.resolve("home-" + name));
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dspeechdraft.startupTiming=true",
                "-Dspeechdraft.home=" + home));
        command.addAll(display.jvmArgs(jar));
        if (file != null) {
            command.add(file.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        display.environment(builder.environment());
        return builder.start();
    }

    /** Reads the app's stderr up to the start-up line; the rest of stderr is drained so the app never blocks. */
    private long awaitStartup(Process app) throws Exception {
        CompletableFuture<Long> startup = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(app.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    Matcher m = STARTUP.matcher(line);
                    if (m.find()) {
                        startup.complete(Long.parseLong(m.group(1)));
                    } else if (seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process was stopped
            }
            startup.completeExceptionally(new IllegalStateException(
                    "the app ended without printing its start-up time; its stderr:\n" + seen));
        }, "app-stderr");
        reader.setDaemon(true);
        reader.start();
        return startup.get(60, TimeUnit.SECONDS);
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(10, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    /** A field of /proc/PID/status ("VmHWM: 123456 kB") in MB. */
    private static long rssMb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IOException(field + " missing from /proc/" + pid + "/status");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where the app's window goes: a private Xvfb server, or headless Monocle. */
    private static final class Display implements AutoCloseable {

        private final Process xvfb;
        private final String name;

        private Display(Process xvfb, String name) {
            this.xvfb = xvfb;
            this.name = name;
        }

        static Display start() throws Exception {
            if (!onPath("Xvfb")) {
                return new Display(null, null);
            }
            for (int n = 91; n < 140; n++) {
                if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    continue;
                }
                Process xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int wait = 0; wait < 50 && xvfb.isAlive(); wait++) {
                    if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                        return new Display(xvfb, ":" + n);
                    }
                    Thread.sleep(100);
                }
                xvfb.destroy();
            }
            throw new IOException("no Xvfb display could be started on :91 to :139");
        }

        List<String> jvmArgs(Path jar) {
            if (xvfb != null) {
                return List.of("-jar", jar.toString());
            }
            String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(e -> e.contains("openjfx-monocle")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Xvfb and no Monocle jar on the class path"));
            return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-cp", jar + File.pathSeparator + monocle, "org.speechdraft.Launcher");
        }

        void environment(Map<String, String> env) {
            if (name != null) {
                env.put("DISPLAY", name);
            }
        }

        /**
         * Types ASCII keys into the app's window with xdotool; true when the window's title then
         * shows the unsaved mark, i.e. the keys reached the editor.
         */
        boolean type(String keys) throws Exception {
            if (name == null || !onPath("xdotool")) {
                return false;
            }
            String window = xdotool("search", "--sync", "--onlyvisible", "--name", ".").lines().findFirst().orElse("");
            String before = xdotool("getwindowname", window);
            xdotool("windowfocus", "--sync", window, "type", "--delay", "80", keys);
            Thread.sleep(500);
            return !xdotool("getwindowname", window).equals(before);
        }

        private String xdotool(String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("xdotool"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            environment(builder.environment());
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("xdotool " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        }

        String description() {
            return xvfb != null ? "Xvfb " + name + " (GTK), java -jar" : "headless Monocle (no Xvfb), java -cp jar:monocle";
        }

        private static boolean onPath(String program) {
            return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
