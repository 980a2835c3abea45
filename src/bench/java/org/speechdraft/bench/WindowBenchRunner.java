package org.speechdraft.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks of the real window, after JMH ({@code mvn -Pbench verify}): the app's
 * start-up time and peak memory ({@link AppProcessBench}, in processes of their own), then typing
 * latency ({@link TypingLatencyBench}, in this JVM on headless Monocle). Appends a section to
 * {@code <bench.output>/results.md} (or writes the file with its header when JMH ran nothing) and
 * prints it.
 *
 * <p>System properties: {@code bench.quick}, {@code bench.include} and {@code bench.output} as for
 * {@link BenchRunner}; {@code bench.jar}, the application jar (default
 * {@code target/speechdraft.jar}). Exits with status 1 if a benchmark fails.
 */
public final class WindowBenchRunner {

    private static final int[] TYPING_SIZES = {10_000, 100_000, 300_000};
    /** The targets, ms of p99 per size; 10k has none of its own, so it gets 100k's. */
    private static final double[] TYPING_P99_TARGETS = {8, 8, 16};
    private static final long STARTUP_TARGET_MS = 1500;
    private static final long MEMORY_TARGET_MB = 300;

    private WindowBenchRunner() {
    }

    /** Whether a {@code bench.include} pattern selects one of the window benchmarks. */
    static boolean includes(String include) {
        return selects(include, TypingLatencyBench.NAME) || selects(include, AppProcessBench.NAME);
    }

    private static boolean selects(String include, String name) {
        return include.isEmpty() || Pattern.compile(include).matcher(WindowBenchRunner.class.getPackageName()
                + "." + name).find();
    }

    public static void main(String[] args) {
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        String include = System.getProperty("bench.include", "").trim();
        Path outDir = Path.of(System.getProperty("bench.output", "target/bench").trim());
        Path jar = Path.of(System.getProperty("bench.jar", "target/speechdraft.jar").trim());
        if (!includes(include)) {
            System.exit(0);
        }
        try {
            ZonedDateTime date = ZonedDateTime.now();
            String loadBefore = BenchRunner.loadAverage();
            long start = System.nanoTime();
            AppProcessBench.Result app = null;
            if (selects(include, AppProcessBench.NAME)) {
                app = AppProcessBench.run(jar, quick ? 3 : 5);
            }
            List<TypingLatencyBench.Result> typing = List.of();
            TypingLatencyBench.Result firstSession = null;
            int warmup = quick ? 20 : 50;
            int measured = quick ? 100 : 300;
            if (selects(include, TypingLatencyBench.NAME)) {
                List<TypingLatencyBench.Result> sessions = TypingLatencyBench.inTunedJvm(TYPING_SIZES, warmup, measured);
                firstSession = sessions.get(0);
                typing = sessions.subList(1, sessions.size());
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            String loadAfter = BenchRunner.loadAverage();

            List<String> facts = new ArrayList<>();
            facts.add(String.format(Locale.ROOT, "Window benchmarks: took %d s%s", seconds,
                    quick ? " (bench.quick: fewer keystrokes and start-ups)" : ""));
            if (loadBefore != null && loadAfter != null) {
                facts.add("Load average (1 min): " + loadBefore + " before, " + loadAfter + " after");
            }
            if (firstSession != null) {
                facts.add(String.format(Locale.ROOT, "Typing, first session after the window opened (%s, %d keystrokes "
                                + "after %d, the JIT still compiling; not a size of its own): p50 %s ms, p99 %s ms, max %s ms",
                        BenchRunner.describeInput(firstSession.targetChars()), firstSession.samples(), warmup,
                        BenchRunner.number(firstSession.p50()), BenchRunner.number(firstSession.p99()),
                        BenchRunner.number(firstSession.max())));
            }
            String section = section(typing, warmup, app, facts);
            Path file = outDir.resolve("results.md");
            Files.createDirectories(outDir);
            if (Files.exists(file)) {
                Files.writeString(file, "\n" + section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, BenchRunner.header(date, List.of()) + section, StandardCharsets.UTF_8);
            }
            System.out.println();
            System.out.println(section);
            System.out.println("Written to " + file.toAbsolutePath());
        } catch (Exception e) {
            System.err.println("Window benchmark failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        // the FX toolkit and the app's analysis threads would keep the JVM (and the Maven build) waiting
        System.exit(0);
    }

    private static String runs(AppProcessBench.Figures figures) {
        return Arrays.stream(figures.laterStartups()).mapToObj(Long::toString).collect(Collectors.joining(", "));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "**missed**";
    }

    static String section(List<TypingLatencyBench.Result> typing, int warmup, AppProcessBench.Result app,
                          List<String> facts) {
        StringBuilder md = new StringBuilder("## In the window\n\n");
        facts.forEach(fact -> md.append("- ").append(fact).append('\n'));
        md.append('\n');
        if (!typing.isEmpty()) {
            md.append("| Typing | Input size | Keystrokes | p50 | p99 | max | Target p99 | Wall time to laid out p50 / p99 | FX thread CPU p50 / p99 |\n");
            md.append("|---|---:|---:|---:|---:|---:|---|---:|---:|\n");
            for (int i = 0; i < typing.size(); i++) {
                TypingLatencyBench.Result r = typing.get(i);
                double target = TYPING_P99_TARGETS[i];
                md.append("| ").append(TypingLatencyBench.NAME)
                        .append(" | ").append(BenchRunner.describeInput(r.targetChars()))
                        .append(" | ").append(r.samples()).append(" (after ").append(warmup).append(')')
                        .append(" | ").append(BenchRunner.number(r.p50())).append(" ms")
                        .append(" | ").append(BenchRunner.number(r.p99())).append(" ms")
                        .append(" | ").append(BenchRunner.number(r.max())).append(" ms")
                        .append(" | < ").append((int) target).append(" ms ").append(r.p99() < target ? "met" : "**missed**")
                        .append(" | ").append(BenchRunner.number(r.toLaidOutP50())).append(" / ")
                        .append(BenchRunner.number(r.toLaidOutP99())).append(" ms")
                        .append(" | ").append(BenchRunner.number(r.cpuP50())).append(" / ")
                        .append(BenchRunner.number(r.cpuP99())).append(" ms |\n");
            }
            md.append('\n').append("Typing in the middle of the draft in the real main window (headless Monocle, ")
                    .append("software rendering, in a JVM with the window's options: ")
                    .append(String.join(" ", org.speechdraft.TunedJvm.OPTIONS)).append("), outline, 待填数据 and 校对 running live; a key every 30 ms and a ")
                    .append("pause over the 250 ms debounce after every 20, so analyses run and publish while typing ")
                    .append("goes on. p50/p99/max: the FX thread's work per keystroke (waiting behind other FX work, ")
                    .append("the KEY_TYPED event, the CSS and layout pass of the next pulse). Wall time: from posting ")
                    .append("the key to that pulse's layout, including the idle wait for the 60 Hz pulse. FX thread ")
                    .append("CPU: the CPU time the FX thread spent on the event and that CSS and layout pass (far ")
                    .append("below p50/p99 means it was waiting for a core, not working). ")
                    .append("Rendering is not included.\n\n");
        }
        if (app != null) {
            md.append("| App (`java -jar target/speechdraft.jar`) | As users start it (window in a tuned JVM) | ")
                    .append("JVM defaults (`-Dspeechdraft.relaunch=false`) | Target |\n");
            md.append("|---|---:|---:|---|\n");
            md.append("| First start-up to an editable window (no class-data archive yet) | ")
                    .append(app.tuned().firstStartup()).append(" ms | ").append(app.defaults().firstStartup())
                    .append(" ms | |\n");
            md.append("| Start-up to an editable window, median of the later ").append(app.tuned().laterStartups().length)
                    .append(" (").append(runs(app.tuned())).append(" / ").append(runs(app.defaults())).append(" ms) | ")
                    .append(app.tuned().medianStartup()).append(" ms | ").append(app.defaults().medianStartup())
                    .append(" ms | < ").append(STARTUP_TARGET_MS).append(" ms ")
                    .append(verdict(app.tuned().medianStartup() < STARTUP_TARGET_MS)).append(" |\n");
            md.append("| Peak RSS (VmHWM) of the window's process, 100k draft open")
                    .append(app.tuned().typed() ? ", " + AppProcessBench.KEYSTROKES + " keys typed" : ", no keys typed").append(" (RSS after opening ")
                    .append(app.tuned().rssAfterOpenMb()).append(" / ").append(app.defaults().rssAfterOpenMb())
                    .append(" MB) | ").append(app.tuned().peakRssMb()).append(" MB | ")
                    .append(app.defaults().peakRssMb()).append(" MB | < ").append(MEMORY_TARGET_MB).append(" MB ")
                    .append(verdict(app.tuned().peakRssMb() < MEMORY_TARGET_MB)).append(" |\n");
            md.append('\n').append("Display: ").append(app.display())
                    .append(". Start-up: from the first JVM's start until the editor has the focus and is laid out ")
                    .append("(`-Dspeechdraft.startupTiming=true`); the window's JVM: ")
                    .append(String.join(" ", org.speechdraft.TunedJvm.OPTIONS))
                    .append(" and the class-data archive the first start wrote when it closed.\n");
        }
        return md.toString();
    }
}
