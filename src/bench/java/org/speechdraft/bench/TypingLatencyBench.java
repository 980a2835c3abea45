package org.speechdraft.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.speechdraft.TunedJvm;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.DraftCodec;
import org.speechdraft.ui.AppContext;
import org.speechdraft.ui.MainWindow;
import org.speechdraft.ui.dialog.FxDialogService;
import org.speechdraft.ui.editor.SpeechArea;

/**
 * Keystroke → laid out in the real main window: opens a generated speech (a .sdraft file, through
 * the window's own open-at-start path, so outline, 待填数据 and 校对 all run live), puts the caret
 * in the middle of a body paragraph and types, firing {@code KEY_TYPED} at the editor as the
 * keyboard does.
 *
 * <p>Each keystroke is timed by {@link KeystrokeProbe}: the FX thread's work for it (waiting
 * behind other FX work since the key was posted, the event, the CSS and layout pass of the next
 * pulse) and the wall time to laid out. Rendering (the software pipeline under headless Monocle)
 * is not included: it runs on the render thread after layout.
 *
 * <p>Keystrokes come every {@link #TYPING_INTERVAL_MS} ms; after every {@link #BURST} of them
 * the typist pauses longer than {@code SpeechArea.TYPING_PAUSE}, so the analyses run and publish
 * their results while the next keystrokes arrive.
 *
 * <p>It runs in a JVM of its own with the options the app's window runs with ({@link TunedJvm}),
 * started by {@link #inTunedJvm} (a new JVM for each size), so the compiler and collector are the
 * ones users get. Before the measured size, one session of the same length types into a 10k draft
 * in that JVM, as a user does in the first minute after opening the window: its figures (the code
 * still being compiled) are reported apart, and the sizes are then measured alike.
 */
public final class TypingLatencyBench {

    static final String NAME = "TypingLatencyBench";
    private static final long TYPING_INTERVAL_MS = 30;
    private static final int BURST = 20;
    private static final long[] PAUSES_MS = {300, 420, 550, 700};
    private static final String[] KEYS = {"的", "发", "展", "工", "作", "，", "要", "求", "落", "实"};

    /** Percentiles of one size's measured keystrokes in milliseconds: the work, then the wall time to laid out, then the FX thread's CPU time. */
    record Result(int targetChars, int actualChars, int paragraphs, int samples, double p50, double p99,
                  double max, double toLaidOutP50, double toLaidOutP99, double cpuP50, double cpuP99) {
    }

    private TypingLatencyBench() {
    }

    /** Starts JavaFX on headless Monocle; must be called before any other JavaFX use in this JVM. */
    static void startHeadlessFx() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
    }

    static Result measure(int targetChars, int warmup, int measured) throws Exception {
        Path home = Files.createTempDirectory("speechdraft-bench-home");
        Path file = home.resolve("讲话稿" + DraftCodec.EXTENSION);
        Files.write(file, new DraftCodec().encode(SpeechTextGenerator.draft(targetChars)));

        Stage stage = onFx(() -> {
            Stage s = new Stage();
            MainWindow.show(s, AppContext.at(AppHome.at(home)), FxDialogService::new, file);
            return s;
        });
        SpeechArea area = onFx(() -> (SpeechArea) stage.getScene().lookup(".sd-editor"));
        int paragraphs = onFx(() -> area.getParagraphs().size());
        int length = onFx(area::getLength);
        if (length < targetChars * 0.9) {
            throw new IllegalStateException("the draft did not open: " + length + " characters in the editor");
        }
        // let the first analyses of the opened draft finish before typing
        Thread.sleep(1500);
        onFx(() -> {
            int p = paragraphs / 2;
            while (p < paragraphs - 1 && area.getParagraph(p).length() < 40) {
                p++;
            }
            area.moveTo(p, area.getParagraph(p).length() / 2);
            area.requestFocus();
            return null;
        });

        KeystrokeProbe probe = onFx(() -> new KeystrokeProbe(stage.getScene(), area));
        long[] work = new long[measured];
        long[] toLaidOut = new long[measured];
        long[] cpu = new long[measured];
        int total = warmup + measured;
        for (int i = 0; i < total; i++) {
            Thread.sleep(i > 0 && i % BURST == 0 ? PAUSES_MS[(i / BURST) % PAUSES_MS.length] : TYPING_INTERVAL_MS);
            KeystrokeProbe.Timing timing = probe.type(KEYS[i % KEYS.length]);
            if (i >= warmup) {
                work[i - warmup] = timing.work();
                toLaidOut[i - warmup] = timing.toLaidOut();
                cpu[i - warmup] = timing.cpu();
            }
        }
        int typed = onFx(area::getLength) - length;
        onFx(() -> {
            stage.hide();
            return null;
        });
        if (typed != total) {
            throw new IllegalStateException(total + " keystrokes typed but the text grew by " + typed
                    + ": the events did not reach the editor");
        }
        Arrays.sort(work);
        Arrays.sort(toLaidOut);
        Arrays.sort(cpu);
        return new Result(targetChars, length, paragraphs, measured, millis(percentile(work, 50)),
                millis(percentile(work, 99)), millis(work[measured - 1]), millis(percentile(toLaidOut, 50)),
                millis(percentile(toLaidOut, 99)), millis(percentile(cpu, 50)), millis(percentile(cpu, 99)));
    }

    /** Nearest-rank percentile of sorted samples. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        FutureTask<T> task = new FutureTask<>(action::get);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private static final String RESULT_LINE = "typing-result\t";
    /** The size of the first, unmeasured-as-a-size session. */
    static final int FIRST_SESSION_CHARS = 10_000;

    /**
     * Runs {@link #main} once per size, each in a new JVM with the window's options (one window per
     * process, as in the app: a window closed in a JVM that goes on would still hold its memory
     * and skew the next size's collections). Returns the first JVM's first session, then one
     * result per size.
     */
    static List<Result> inTunedJvm(int[] sizes, int warmup, int measured) throws Exception {
        List<Result> results = new ArrayList<>();
        for (int size : sizes) {
            List<Result> run = oneJvm(warmup, measured, size);
            if (results.isEmpty()) {
                results.add(run.get(0));
            }
            results.add(run.get(1));
        }
        return results;
    }

    private static List<Result> oneJvm(int warmup, int measured, int size) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(TunedJvm.OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TypingLatencyBench.class.getName(),
                Integer.toString(warmup), Integer.toString(measured), Integer.toString(size)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Result> results = new ArrayList<>();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String line : output.split("\n")) {
            if (line.startsWith(RESULT_LINE)) {
                String[] f = line.substring(RESULT_LINE.length()).split("\t");
                results.add(new Result(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                        Double.parseDouble(f[9]), Double.parseDouble(f[10])));
            }
        }
        if (process.waitFor() != 0 || results.size() != 2) {
            throw new IllegalStateException("the typing benchmark's JVM failed (exit " + process.exitValue() + ")");
        }
        return results;
    }

    /**
     * Arguments: warm-up keystrokes, measured keystrokes, then the draft sizes; prints one line
     * for the first session, then one per size.
     */
    public static void main(String[] args) throws Exception {
        startHeadlessFx();
        int warmup = Integer.parseInt(args[0]);
        int measured = Integer.parseInt(args[1]);
        List<Integer> sizes = new ArrayList<>(List.of(FIRST_SESSION_CHARS));
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        for (int size : sizes) {
            Result r = measure(size, warmup, measured);
            System.out.println(RESULT_LINE + r.targetChars() + "\t" + r.actualChars() + "\t" + r.paragraphs() + "\t"
                    + r.samples() + "\t" + r.p50() + "\t" + r.p99() + "\t" + r.max() + "\t" + r.toLaidOutP50() + "\t"
                    + r.toLaidOutP99() + "\t" + r.cpuP50() + "\t" + r.cpuP99());
        }
        // the FX toolkit and the app's analysis threads would keep the JVM running
        System.exit(0);
    }
}
