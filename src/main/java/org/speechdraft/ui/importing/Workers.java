package org.speechdraft.ui.importing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The background threads of import and paste checks: one each, daemon, so they never keep the program alive. */
final class Workers {

    private Workers() {
    }

    static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "speechdraft-" + name);
            t.setDaemon(true);
            return t;
        });
    }
}
