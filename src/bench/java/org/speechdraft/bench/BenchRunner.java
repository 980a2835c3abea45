package org.speechdraft.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs the SpeechDraft micro-benchmarks with JMH and writes one Markdown table to
 * {@code <bench.output>/results.md} (and JMH's JSON next to it), printing the table as well.
 *
 * <p>System properties (all optional; {@code mvn -Pbench verify} forwards them):
 * <ul>
 *   <li>{@code bench.quick=true}: 1 warmup and 2 measurement iterations of 1 s for every
 *       benchmark instead of the {@code @Warmup}/{@code @Measurement} of its class (a smoke run;
 *       no error column, since JMH needs at least 3 samples for one);</li>
 *   <li>{@code bench.include=REGEX}: only benchmarks whose full name ({@code
 *       org.speechdraft.bench.TextBench.charCount}) contains a match;</li>
 *   <li>{@code bench.output=DIR}: where to write the results, default {@code target/bench}.</li>
 * </ul>
 * Exits with status 1 if a benchmark fails or none was run, so the Maven build fails too (but
 * not when {@code bench.include} selects only {@link WindowBenchRunner}'s benchmarks, which the
 * {@code bench} profile runs next and which append their section to the same file).
 */
public final class BenchRunner {

    /** The benchmark classes, in the order of the table. */
    private static final List<Class<?>> BENCHMARKS = List.of(OutlineBench.class, TextBench.class, DraftCodecBench.class,
            PlaceholderBench.class, ExportBench.class, TemplateSearchBench.class, ImportBench.class,
            CompareBench.class, CheckBench.class, PaginationBench.class);

    /** A fixed heap keeps GC behaviour comparable between runs and machines. */
    private static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g", "-Dfile.encoding=UTF-8"};

    private BenchRunner() {
    }

    public static void main(String[] args) {
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        String include = System.getProperty("bench.include", "").trim();
        Path outDir = Path.of(System.getProperty("bench.output", "target/bench").trim());
        try {
            Files.createDirectories(outDir);
            snapshotClasspath(outDir.resolve("classpath"));
            ChainedOptionsBuilder builder = new OptionsBuilder()
                    .forks(1)
                    .jvmArgs(FORK_JVM_ARGS)
                    .shouldFailOnError(true)
                    .resultFormat(ResultFormatType.JSON)
                    .result(outDir.resolve("results.json").toString());
            if (quick) {
                builder.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                        .measurementIterations(2).measurementTime(TimeValue.seconds(1));
            }
            if (include.isEmpty()) {
                for (Class<?> bench : BENCHMARKS) {
                    builder.include("^" + Pattern.quote(bench.getName()) + "\\.");
                }
            } else {
                builder.include(include);
            }
            Options options = builder.build();
            // Describe the inputs before the run: generating them loads the project's classes now,
            // not after minutes of benchmarking (and keeps the table's figures out of the timing).
            Map<Long, String> sizes = describeInputs();

            ZonedDateTime date = ZonedDateTime.now();
            String loadBefore = loadAverage();
            long start = System.nanoTime();
            Collection<RunResult> results;
            try {
                results = new Runner(options).run();
            } catch (NoBenchmarksException e) {
                if (WindowBenchRunner.includes(include)) {
                    System.out.println("No JMH benchmark matched " + include + "; the window benchmarks run next.");
                    System.exit(0);
                }
                throw e;
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            if (results.isEmpty()) {
                System.err.println("No benchmark matched " + (include.isEmpty() ? "the default set" : include));
                System.exit(1);
            }

            List<String> runFacts = new ArrayList<>();
            runFacts.add(String.format(Locale.ROOT,
                    "Run: JMH %s, mode avgt, forks 1, %s%s, fork JVM args %s; took %d s",
                    Version.getPlainVersion(), iterations(results), quick ? " (bench.quick)" : "",
                    String.join(" ", FORK_JVM_ARGS), seconds));
            String loadAfter = loadAverage();
            if (loadBefore != null && loadAfter != null) {
                // other work on the machine skews the scores; this shows whether there was any
                runFacts.add("Load average (1 min): " + loadBefore + " before, " + loadAfter
                        + " after (the benchmark itself adds about 1)");
            }
            String markdown = markdown(results, date, runFacts, sizes);
            Path file = outDir.resolve("results.md");
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(markdown);
            System.out.println("Written to " + file.toAbsolutePath());
        } catch (RunnerException | IOException e) {
            System.err.println("Benchmark run failed: " + e);
            e.printStackTrace();
            System.exit(1);
        }
        // JMH may leave non-daemon threads behind; the Maven build waits for this process.
        System.exit(0);
    }

    // ---- the class path ----

    /**
     * Copies the class path's directories (target/bench-classes, target/classes,
     * target/test-classes) to {@code dir} and points the forked benchmark JVMs there: JMH forks
     * with {@code java.class.path}. The run then measures exactly the code that was just built,
     * even if another build in the same checkout recompiles target/classes meanwhile.
     */
    private static void snapshotClasspath(Path dir) throws IOException {
        deleteTree(dir);
        List<String> entries = new ArrayList<>();
        boolean benchmarkList = false;
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.isDirectory(source)) {
                entries.add(entry);
                continue;
            }
            Path copy = dir.resolve(n++ + "-" + source.getFileName());
            copyTree(source, copy);
            benchmarkList |= Files.isRegularFile(copy.resolve("META-INF/BenchmarkList"));
            entries.add(copy.toAbsolutePath().toString());
        }
        if (!benchmarkList) {
            throw new IOException("no META-INF/BenchmarkList on the class path: the benchmarks were not compiled "
                    + "with the JMH annotation processor, or another build removed them; run mvn -Pbench verify again");
        }
        System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    // ---- the table ----

    static String markdown(Collection<RunResult> results, ZonedDateTime date, List<String> runFacts,
                           Map<Long, String> sizes) {
        StringBuilder md = new StringBuilder(header(date, runFacts));

        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingInt((RunResult r) -> classOrder(r.getParams()))
                .thenComparing(r -> r.getParams().getBenchmark())
                .thenComparingLong(r -> charsParam(r.getParams())));

        md.append("| Benchmark | Input size | Score | Error (99.9 %) | Unit |\n");
        md.append("|---|---:|---:|---:|---|\n");
        for (RunResult r : sorted) {
            BenchmarkParams p = r.getParams();
            Result<?> primary = r.getPrimaryResult();
            double nanosPerUnit = p.getTimeUnit().toNanos(1);
            double scoreNs = primary.getScore() * nanosPerUnit;
            double errorNs = primary.getScoreError() * nanosPerUnit;
            boolean millis = scoreNs >= 1_000_000;
            double div = millis ? 1_000_000 : 1_000;
            md.append("| ").append(shortName(p.getBenchmark()))
                    .append(" | ").append(inputSize(p, sizes))
                    .append(" | ").append(number(scoreNs / div))
                    .append(" | ").append(Double.isNaN(errorNs) ? "n/a" : "± " + number(errorNs / div))
                    .append(" | ").append(millis ? "ms/op" : "µs/op")
                    .append(" |\n");
        }
        md.append('\n')
                .append("Input size: the `chars` parameter, then the generated speech's actual length in characters ")
                .append("(Java chars of the paragraphs joined by newlines) and its number of paragraphs. ")
                .append("Lower is better.")
                .append(sorted.stream().anyMatch(r -> Double.isNaN(r.getPrimaryResult().getScoreError()))
                        ? " Error n/a: fewer than 3 measurement iterations, so no confidence interval." : "")
                .append('\n');
        return md.toString();
    }

    /** The title and the facts about the machine and the run, shared by every section of results.md. */
    static String header(ZonedDateTime date, List<String> runFacts) {
        StringBuilder md = new StringBuilder();
        md.append("# SpeechDraft benchmarks\n\n");
        md.append("- Date: ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z"))).append('\n');
        md.append("- nproc: ").append(nproc()).append('\n');
        md.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (")
                .append(System.getProperty("java.vm.vendor")).append(")\n");
        md.append("- OS: ").append(osLine()).append('\n');
        String commit = command("git", "describe", "--always", "--dirty");
        if (commit != null) {
            md.append("- Commit: ").append(commit).append('\n');
        }
        runFacts.forEach(fact -> md.append("- ").append(fact).append('\n'));
        md.append('\n');
        return md.toString();
    }

    /** "warmup 3×1 s, measurement 5×1 s", then the benchmarks that differ from the most common setting. */
    private static String iterations(Collection<RunResult> results) {
        Map<String, List<String>> bySetting = new LinkedHashMap<>();
        for (RunResult r : results) {
            BenchmarkParams p = r.getParams();
            String setting = "warmup " + p.getWarmup().getCount() + "×" + p.getWarmup().getTime()
                    + ", measurement " + p.getMeasurement().getCount() + "×" + p.getMeasurement().getTime();
            String name = shortName(p.getBenchmark());
            List<String> names = bySetting.computeIfAbsent(setting, k -> new ArrayList<>());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        String common = bySetting.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().size())).orElseThrow().getKey();
        StringBuilder sb = new StringBuilder(common);
        bySetting.forEach((setting, names) -> {
            if (!setting.equals(common)) {
                sb.append(" (").append(String.join(", ", names)).append(": ").append(setting).append(')');
            }
        });
        return sb.toString();
    }

    private static int classOrder(BenchmarkParams p) {
        for (int i = 0; i < BENCHMARKS.size(); i++) {
            if (p.getBenchmark().startsWith(BENCHMARKS.get(i).getName() + ".")) {
                return i;
            }
        }
        return BENCHMARKS.size();
    }

    private static long charsParam(BenchmarkParams p) {
        String value = p.getParam("chars");
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String shortName(String benchmark) {
        String prefix = BenchRunner.class.getPackageName() + ".";
        return benchmark.startsWith(prefix) ? benchmark.substring(prefix.length()) : benchmark;
    }

    /** "100k chars (100,412 chars, 693 ¶)" for the generated inputs; other params as key=value. */
    private static String inputSize(BenchmarkParams p, Map<Long, String> cache) {
        List<String> parts = new ArrayList<>();
        for (String key : p.getParamsKeys()) {
            String value = p.getParam(key);
            if (key.equals("chars")) {
                long n = Long.parseLong(value);
                parts.add(cache.computeIfAbsent(n, BenchRunner::describeInput));
            } else {
                parts.add(key + "=" + value);
            }
        }
        return parts.isEmpty() ? "–" : String.join(", ", parts);
    }

    /** Descriptions of every {@code chars} value the benchmark classes declare. */
    private static Map<Long, String> describeInputs() {
        Map<Long, String> sizes = new HashMap<>();
        for (Class<?> bench : BENCHMARKS) {
            for (Field field : bench.getFields()) {
                Param param = field.getAnnotation(Param.class);
                if (param != null && field.getName().equals("chars")) {
                    for (String value : param.value()) {
                        sizes.computeIfAbsent(Long.parseLong(value), BenchRunner::describeInput);
                    }
                }
            }
        }
        return sizes;
    }

    static String describeInput(long target) {
        List<SpeechTextGenerator.Line> lines = SpeechTextGenerator.generate((int) target);
        int length = lines.stream().mapToInt(l -> l.text().length()).sum() + lines.size() - 1;
        String label = target % 1000 == 0 ? (target / 1000) + "k" : String.valueOf(target);
        return String.format(Locale.ROOT, "%s chars (%,d chars, %,d ¶)", label, length, lines.size());
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.1f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    // ---- the machine ----

    private static String nproc() {
        String out = command("nproc");
        return out != null ? out : Runtime.getRuntime().availableProcessors() + " (availableProcessors)";
    }

    /** The 1-minute load average from /proc/loadavg, or null where there is none. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String osLine() {
        String line = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        Path release = Path.of("/etc/os-release");
        if (Files.isReadable(release)) {
            try {
                for (String l : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                    if (l.startsWith("PRETTY_NAME=")) {
                        return l.substring("PRETTY_NAME=".length()).replace("\"", "") + ", " + line;
                    }
                }
            } catch (IOException e) {
                // fall through: the JVM's view is enough
            }
        }
        return line;
    }

    /** The trimmed first line of a command's output, or null if it cannot be run. */
    private static String command(String... cmd) {
        try {
            Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return out.lines().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
