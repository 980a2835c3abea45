package org.speechdraft;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.speechdraft.core.storage.AppHome;

/**
 * Starts the window in a JVM set up for a desktop editor when the jar was started with the JVM's
 * defaults ({@code java -jar speechdraft.jar}, a double-click), as an installer's launcher would.
 *
 * <p>Why: the defaults are made for servers. On a 24 GB machine they give G1 a 6 GB heap (40 MB of
 * collector tables and a 384 MB starting heap whose young part fills before the first
 * collection), start the C2 compiler threads that compete with the window for an office PC's two
 * cores, and load and verify the app's 4,000 classes from the jar at every start. The window's
 * JVM gets a serial collector, C1 only (one compiler thread), and an application class-data
 * archive: written into the user's data folder when the window closes the first time (that start
 * is not faster), mapped at every later start. A jar rebuilt or run by another Java gets a new
 * archive, as the JVM would ignore the old one. Where the first window found no usable GPU, the
 * later ones render in software from the start ({@link RendererMemo}).
 *
 * <p>Not for the command-line commands (two JVM starts would cost more than they save), nor when
 * the app does not run from a jar ({@code mvn javafx:run}, tests), nor with
 * {@code -Dspeechdraft.relaunch=false}. The first JVM exits once the window's has started (or
 * opens the window itself if that JVM could not start).
 */
public final class TunedJvm {

    /** Set in the window's JVM: when the first JVM started (epoch ms), for the start-up timing. */
    public static final String LAUNCH_START_PROPERTY = "speechdraft.launchStart";
    public static final String RELAUNCH_PROPERTY = "speechdraft.relaunch";

    /** The options of the window's JVM, before the user's own (which win). */
    public static final List<String> OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:+UseSerialGC",
            // Typing allocates about 0.6 MB a keystroke (RichTextFX builds the edited paragraph's
            // view anew): a young generation of 64 MB is collected every 100 or so keys, one of 16 MB
            // every 25, each pause of 1.5-2.5 ms landing on a keystroke. An old generation that
            // starts big enough for a long draft: growing it from a small heap costs full
            // collections of 20-40 ms each (pages are used only when written).
            "-Xmn64m",
            "-Xms160m",
            "-Xmx2g",
            "-XX:TieredStopAtLevel=1",
            // one compiler thread, not two: at start-up two took as much CPU as the window's own
            // thread, on the same two cores (about 70 ms sooner to an editable window)
            "-XX:CICompilerCount=1",
            // checks the archive's contents at start, so a damaged file is ignored, not trusted
            "-XX:+VerifySharedSpaces");

    private TunedJvm() {
    }

    /** Starts the window's JVM if this one should hand over; true when it did. */
    static boolean relaunch(String[] args) {
        try {
            return handOver(args);
        } catch (RuntimeException e) {
            // whatever went wrong here, the window still opens, in this JVM
            return false;
        }
    }

    private static boolean handOver(String[] args) {
        if (System.getProperty(LAUNCH_START_PROPERTY) != null
                || "false".equalsIgnoreCase(System.getProperty(RELAUNCH_PROPERTY))) {
            return false;
        }
        Optional<Path> jar = runningJar();
        Optional<String> javaCommand = ProcessHandle.current().info().command();
        if (jar.isEmpty() || javaCommand.isEmpty()) {
            return false;
        }
        Path archiveDir = AppHome.resolve().startupCacheDir();
        Path archive = archiveDir.resolve(archiveName(jar.get(), System.getProperty("java.vm.version")));
        boolean archiveReady = Files.isRegularFile(archive);
        if (!archiveReady) {
            prepareArchiveDir(archiveDir);
        }
        // not ProcessHandle's start instant: on Linux it is off by up to a second
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        boolean softwareRendering = archiveReady && RendererMemo.softwareRemembered(archiveDir, java.time.Instant.now());
        List<String> command = command(javaCommand.get(), System.getProperty("java.class.path"), archive, archiveReady,
                softwareRendering, runtime.getInputArguments(), runtime.getStartTime(), args);
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            if (softwareRendering) {
                RendererMemo.withoutOpenGl(builder.environment());
            }
            Process window = builder.start();
            // A JVM that refuses an option ends at once: then the window opens in this one, so a
            // user never double-clicks to nothing.
            return !(window.waitFor(1, TimeUnit.SECONDS) && window.exitValue() != 0);
        } catch (IOException e) {
            // no second JVM: the window opens in this one, with the defaults
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    static List<String> command(String java, String classPath, Path archive, boolean archiveReady, boolean softwareRendering,
                                List<String> userOptions, long started, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        // the user's own heap sizes replace all of ours, which could contradict them (-Xmx64m < -Xms160m)
        boolean userSizesHeap = userOptions.stream().anyMatch(TunedJvm::sizesHeap);
        OPTIONS.stream().filter(o -> !(userSizesHeap && sizesHeap(o))).forEach(command::add);
        command.add((archiveReady ? "-XX:SharedArchiveFile=" : "-XX:ArchiveClassesAtExit=") + archive);
        if (softwareRendering) {
            // no GPU here last time (RendererMemo); a -Dprism.order of the user's comes later and wins
            command.add("-Dprism.order=sw");
            command.add("-D" + RendererMemo.PROBE_SKIPPED_PROPERTY + "=true");
        }
        command.addAll(userOptions);
        command.add("-D" + LAUNCH_START_PROPERTY + "=" + started);
        command.add("-cp");
        command.add(classPath);
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static boolean sizesHeap(String option) {
        return option.startsWith("-Xm") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:InitialHeapSize")
                || option.startsWith("-XX:NewSize") || option.startsWith("-XX:MaxNewSize");
    }

    /** One archive per jar file (path, size, time) and JVM build, which is what the JVM checks it against. */
    static String archiveName(Path jar, String vmVersion) {
        String key = jar.toAbsolutePath().normalize() + "|" + fileStamp(jar) + "|" + vmVersion;
        return "speechdraft-" + Integer.toHexString(key.hashCode()) + ".jsa";
    }

    private static String fileStamp(Path jar) {
        try {
            return Files.size(jar) + "@" + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * Makes the folder and removes archives of earlier jars, which no JVM will map again, and what
     * was learnt about the renderer with them (a new Java may use the GPU that the old one could not).
     */
    private static void prepareArchiveDir(Path dir) {
        try {
            Files.createDirectories(dir);
            RendererMemo.forget(dir);
            try (var old = Files.newDirectoryStream(dir, "speechdraft-*.jsa")) {
                for (Path file : old) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // without the folder the JVM writes no archive and the next start is as slow as this one
        }
    }

    private static Optional<Path> runningJar() {
        try {
            var source = TunedJvm.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (java.net.URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
