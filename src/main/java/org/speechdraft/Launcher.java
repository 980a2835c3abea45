package org.speechdraft;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.application.Application;
import org.speechdraft.cli.Cli;
import org.speechdraft.ui.SpeechDraftApp;

/**
 * Entry point of the jar. Not an {@link Application} subclass, so the JavaFX runtime on the
 * classpath starts without the module system: with no arguments (or a file) it opens the window,
 * with a command it runs headless on the same core. The window runs in a JVM of its own with
 * options fit for a desktop editor ({@link TunedJvm}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // no arguments (a double-click): the window, without loading the commands first
        if (args.length > 0 && Cli.handles(args)) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            System.exit(new Cli().run(args, out, err));
        }
        if (TunedJvm.relaunch(args)) {
            return;
        }
        Application.launch(SpeechDraftApp.class, args);
    }
}
