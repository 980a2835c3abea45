package org.speechdraft.ui.importing;

import java.nio.charset.Charset;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.speechdraft.core.cleanup.CleanupOptions;
import org.speechdraft.core.cleanup.RuleInfo;
import org.speechdraft.core.importing.ImportException;
import org.speechdraft.core.importing.ImportedSpeech;
import org.speechdraft.core.importing.SourceDocument;
import org.speechdraft.core.importing.SpeechImporter;
import org.speechdraft.ui.UiText;
import org.speechdraft.ui.Workers;

/**
 * The import preview's state: the speech as read, the rules switched on, and the cleaned,
 * structured result. Reading and cleaning run on a worker thread, so a large or hostile file never
 * freezes the window; only the newest request's result is shown. Used on the FX thread.
 */
public final class ImportPreviewModel {

    /** Reads the speech, in the given encoding or (null) the detected one. Runs on the worker thread. */
    @FunctionalInterface
    public interface SourceReader {
        SourceDocument read(Charset encoding) throws ImportException;
    }

    private final SpeechImporter importer;
    private final SourceReader reader;
    private final ExecutorService worker = Workers.single("import");

    private final ObjectProperty<ImportedSpeech> result = new SimpleObjectProperty<>();
    private final ObjectProperty<CleanupOptions> options = new SimpleObjectProperty<>(CleanupOptions.DEFAULTS);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty();
    private Task<ImportedSpeech> running;

    public ImportPreviewModel(SpeechImporter importer, SourceReader reader) {
        this.importer = importer;
        this.reader = reader;
    }

    /** Reads the speech (again) in {@code encoding}, or the detected one for null, and cleans it. */
    public void read(Charset encoding) {
        CleanupOptions chosen = options.get();
        start(new Task<>() {
            @Override
            protected ImportedSpeech call() throws ImportException {
                return importer.build(reader.read(encoding), chosen);
            }
        });
    }

    /** Switches a rule on or off; the preview follows. */
    public void setRuleEnabled(RuleInfo rule, boolean enabled) {
        if (isEnabled(rule) == enabled) {
            return;
        }
        options.set(enabled ? options.get().with(rule.id()) : options.get().without(rule.id()));
        ImportedSpeech current = result.get();
        if (current == null) {
            return;
        }
        SourceDocument source = current.source();
        CleanupOptions chosen = options.get();
        start(new Task<>() {
            @Override
            protected ImportedSpeech call() {
                return importer.build(source, chosen);
            }
        });
    }

    public boolean isEnabled(RuleInfo rule) {
        return options.get().isEnabled(rule);
    }

    private void start(Task<ImportedSpeech> task) {
        if (running != null) {
            running.cancel(false);
        }
        running = task;
        busy.set(true);
        task.setOnSucceeded(e -> {
            if (task == running) {
                running = null;
                busy.set(false);
                result.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (task == running) {
                running = null;
                busy.set(false);
                failure.set(null); // the same message again must still be noticed
                failure.set(message(task.getException()));
            }
        });
        worker.execute(task);
    }

    /** What to tell the user: the import's own Chinese message, or a general one for a surprise. */
    private static String message(Throwable problem) {
        return problem instanceof ImportException ? problem.getMessage() : UiText.get("import.failed.unexpected");
    }

    /** Stops the worker; a read still running is abandoned. */
    public void close() {
        if (running != null) {
            running.cancel(false);
        }
        worker.shutdownNow();
    }

    /** The cleaned, structured speech with the current rules; null until the first read is done. */
    public ReadOnlyObjectProperty<ImportedSpeech> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<CleanupOptions> optionsProperty() {
        return options;
    }

    /** True while reading or cleaning. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Why the speech could not be read (in Chinese), or null. */
    public ReadOnlyStringProperty failureProperty() {
        return failure;
    }
}
