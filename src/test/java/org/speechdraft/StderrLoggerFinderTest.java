package org.speechdraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StderrLoggerFinderTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final System.Logger logger = new StderrLoggerFinder.StderrLogger("javafx.css",
            () -> new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void theJdkAndJavaFxFindThisLogger() {
        assertEquals(StderrLoggerFinder.class, System.LoggerFinder.getLoggerFinder().getClass());
    }

    @Test
    void warningsAndErrorsAreOneLineEachWithTheLoggersName() {
        logger.log(Level.WARNING, "Unsupported JavaFX configuration");
        logger.log(Level.ERROR, "Could not resolve {0} while resolving lookups for {1}", "-fx-base", "-fx-text");
        assertEquals("WARNING: Unsupported JavaFX configuration (javafx.css)\n"
                + "ERROR: Could not resolve -fx-base while resolving lookups for -fx-text (javafx.css)\n", written());
    }

    @Test
    void lessThanWarningsIsNotWritten() {
        logger.log(Level.INFO, "pipeline sw");
        logger.log(Level.DEBUG, "font cache");
        assertEquals("", written());
        assertTrue(logger.isLoggable(Level.WARNING));
    }

    @Test
    void anExceptionComesWithItsStackTrace() {
        logger.log(Level.ERROR, "skin failed", new IllegalStateException("no skin"));
        assertTrue(written().startsWith("ERROR: skin failed (javafx.css)\njava.lang.IllegalStateException: no skin\n\tat "));
    }

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
