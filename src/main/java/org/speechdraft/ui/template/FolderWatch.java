package org.speechdraft.ui.template;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.speechdraft.ui.Workers;

/**
 * Notices that template files were added, changed or removed in a folder (a colleague saved a
 * template to the shared folder) by comparing the files' names, sizes and times every
 * {@link #INTERVAL_MILLIS} ms on a daemon thread; a WatchService misses changes on many network
 * drives, a poll does not. The change is reported on the FX thread.
 */
final class FolderWatch {

    static final long INTERVAL_MILLIS = 2000;

    private final Runnable onChange;
    private ScheduledExecutorService timer;
    private volatile Path folder;
    private String lastSeen;

    /** @param onChange run on the FX thread after a change */
    FolderWatch(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Starts watching {@code dir} (null: nothing), taking what is there now as known. */
    synchronized void watch(Path dir) {
        folder = dir;
        lastSeen = snapshot(dir);
        if (timer == null) {
            timer = Workers.scheduled("template-watch");
            timer.scheduleWithFixedDelay(this::check, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private synchronized void check() {
        String now = snapshot(folder);
        if (!now.equals(lastSeen)) {
            lastSeen = now;
            Platform.runLater(onChange);
        }
    }

    /** The folder's JSON files with size and time, "" for no folder or one that cannot be read now. */
    private static String snapshot(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return "";
        }
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.{json,JSON}")) {
            for (Path file : entries) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                files.add(file.getFileName() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis());
            }
        } catch (IOException | RuntimeException e) {
            return ""; // a network drive that went away; it is reported when the library reloads
        }
        files.sort(null);
        return String.join("\n", files);
    }
}
