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
import org.speechdraft.TunedJvm;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftCodec;

/**
 * The application as users start it, {@code java -jar target/speechdraft.jar}, in processes of its
 * own: start-up time to an editable window (the app prints it with
 * {@code -Dspeechdraft.startupTiming=true}, counted from the start of the first JVM) and the
 * window's process's peak resident memory (VmHWM) with a generated 100k-character draft open and
 * {@link #KEYSTROKES} keystrokes typed: a few would leave most of the young generation untouched
 * (its pages count only once written), so the figure would not be a session's.
 *
 * <p>The jar hands the window to a second JVM with a desktop editor's options ({@link
 * org.speechdraft.TunedJvm}), whose class-data archive is written into the data folder when the
 * window first closes: the first start is measured on its own (no archive yet), then the later
 * starts, as a returning user has them; the memory run uses that archive too. For comparison the
 * same runs with {@code -Dspeechdraft.relaunch=false}: the window in the first JVM, with the JVM's
 * default options.
 *
 * <p>The window needs a display: a private Xvfb server when {@code Xvfb} is installed (the real
 * GTK glass path, as on a desktop; keystrokes are typed with {@code xdotool} when installed),
 * otherwise headless Monocle with the Monocle jar from the benchmark's class path next to the app
 * jar (start-up then skips GTK, and no keystrokes are typed).
 */
final class AppProcessBench {

    static final String NAME = "AppProcessBench";
    private static final Pattern STARTUP = Pattern.compile("startup: (\\d+) ms");
    /** 400 keys: at ~0.6 MB allocated per keystroke, several young collections' worth. */
    static final int KEYSTROKES = 400;
    private static final String TYPED = "jiang hua ".repeat(KEYSTROKES / 10);

    /** Start-ups in ms (the later ones sorted) and the peak memory of one way of starting the window. */
    record Figures(long firstStartup, long[] laterStartups, long peakRssMb, long rssAfterOpenMb, boolean typed) {
        long medianStartup() {
            return laterStartups[laterStartups.length / 2];
        }
    }

    /** As users start it (the window in a tuned JVM), with the JVM's defaults, and how the display was provided. */
    record Result(Figures tuned, Figures defaults, String display) {
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
            Figures tuned = bench.figures("tuned", List.of(), startupRuns);
            Figures defaults = bench.figures("defaults", List.of("-D" + TunedJvm.RELAUNCH_PROPERTY + "=false"), startupRuns);
            return new Result(tuned, defaults, display.description());
        } finally {
            BenchRunner.deleteTree(work);
        }
    }

    /**
     * One cold start, {@code runs} later starts on the same data folder (so with the archive the
     * first one left), then the memory run on a copy of that folder.
     */
    private Figures figures(String name, List<String> options, int runs) throws Exception {
        Path home = Files.createDirectories(work.resolve("home-" + name));
        long first = startOnce(home, options);
        long[] later = new long[runs];
        for (int i = 0; i < runs; i++) {
            later[i] = startOnce(home, options);
        }
        Arrays.sort(later);

        Path memoryHome = work.resolve("home-" + name + "-memory");
        copyTree(home.resolve("cache"), memoryHome.resolve("cache"));
        Path draft = work.resolve("讲话稿100k" + DraftCodec.EXTENSION);
        if (!Files.exists(draft)) {
            Files.write(draft, new DraftCodec().encode(SpeechTextGenerator.draft(100_000)));
        }
        Process app = launch(memoryHome, options, draft);
        ProcessHandle window = null;
        try {
            awaitStartup(app);
            window = windowProcess(app, memoryHome);
            // the draft's first analyses (outline, 待填数据, 校对) run after it opens
            Thread.sleep(3000);
            long afterOpen = rssMb(window.pid(), "VmRSS");
            boolean typed = display.type(TYPED);
            Thread.sleep(2000);
            return new Figures(first, later, rssMb(window.pid(), "VmHWM"), afterOpen, typed);
        } finally {
            stop(app, window);
        }
    }

    private long startOnce(Path home, List<String> options) throws Exception {
        Process app = launch(home, options, null);
        ProcessHandle window = null;
        try {
            long millis = awaitStartup(app);
            window = windowProcess(app, home);
            return millis;
        } finally {
            stop(app, window);
        }
    }

    private Process launch(Path home, List<String> options, Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dspeechdraft.startupTiming=true",
                "-D" + AppHome.SYSTEM_PROPERTY + "=" + home));
        command.addAll(options);
        command.addAll(display.jvmArgs(jar));
        if (file != null) {
            command.add(file.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        display.environment(builder.environment());
        return builder.start();
    }

    /**
     * The process that shows the window: the second JVM, found by its data folder on its command
     * line, or the launched one when it kept the window itself.
     */
    private static ProcessHandle windowProcess(Process app, Path home) throws InterruptedException {
        String marker = "-D" + TunedJvm.LAUNCH_START_PROPERTY + "=";
        String homeOption = "-D" + AppHome.SYSTEM_PROPERTY + "=" + home;
        for (int wait = 0; wait < 100; wait++) {
            var found = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(marker) && c.contains(homeOption)).orElse(false))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (app.isAlive() && wait > 10) {
                return app.toHandle();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the window's process was not found");
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

    /** Ends the app; waits for the window's JVM to exit, as it writes its class-data archive then. */
    private static void stop(Process app, ProcessHandle window) throws Exception {
        for (ProcessHandle p : window == null ? List.of(app.toHandle()) : List.of(window, app.toHandle())) {
            p.destroy();
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
                p.onExit().get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
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
            xdotool("windowfocus", "--sync", window, "type", "--delay", "40", keys);
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
