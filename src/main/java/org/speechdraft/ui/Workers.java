package org.speechdraft.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The window's background threads (analyses, autosave, import, paste checks, the shared template
 * folder): one thread each, named, daemon, so they never keep the program alive.
 */
public final class Workers {

    private Workers() {
    }

    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }

    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, "speechdraft-" + name);
            t.setDaemon(true);
            return t;
        };
    }
}
