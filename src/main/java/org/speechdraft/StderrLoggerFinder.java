package org.speechdraft;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Where the JDK's and JavaFX's {@link System.Logger} messages go: warnings and errors, one line
 * each, on stderr; nothing below. Registered in {@code META-INF/services}.
 *
 * <p>Why not the JDK's default: its first message starts java.util.logging (the log manager, a
 * handler and a date formatter), and JavaFX writes one at every start of the window — that it runs
 * from the class path — which cost about 50 ms on the way to an editable window.
 */
public final class StderrLoggerFinder extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new StderrLogger(name, () -> System.err);
    }

    /** A logger writing {@code LEVEL: message (name)} lines, and the stack trace of a throwable, to a stream. */
    static final class StderrLogger implements System.Logger {

        private final String name;
        // looked up at each message: System.setErr may replace the stream after the logger was made
        private final Supplier<PrintStream> out;

        StderrLogger(String name, Supplier<PrintStream> out) {
            this.name = name;
            this.out = out;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level != Level.OFF && level.getSeverity() >= Level.WARNING.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            if (isLoggable(level)) {
                PrintStream stream = out.get();
                stream.println(level.getName() + ": " + localized(bundle, msg) + " (" + name + ")");
                if (thrown != null) {
                    thrown.printStackTrace(stream);
                }
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String pattern = localized(bundle, format);
                log(level, null, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params),
                        (Throwable) null);
            }
        }

        private static String localized(ResourceBundle bundle, String key) {
            return bundle != null && key != null && bundle.containsKey(key) ? bundle.getString(key) : key;
        }
    }
}
