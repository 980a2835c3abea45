package org.speechdraft.core.storage;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Loads and saves {@link Settings} in the app home's settings.json. */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final String BROKEN_SUFFIX = ".broken";

    private final Path file;

    public SettingsStore(AppHome home) {
        this.file = home.settingsFile();
    }

    /** Where a settings file that could not be used is moved to (settings.json.broken). */
    public Path brokenFile() {
        return file.resolveSibling(file.getFileName() + BROKEN_SUFFIX);
    }

    /**
     * Never throws: missing → DEFAULT; corrupt or future version → DEFAULT, and the bad file is
     * renamed settings.json.broken so nothing is silently destroyed.
     */
    public Settings load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULT;
        } catch (IOException e) {
            // The file may be fine, only locked or unreadable right now: leave it where it is.
            LOG.log(Level.WARNING, "cannot read settings " + file + ", using defaults", e);
            return Settings.DEFAULT;
        }
        try {
            return VersionedJson.read(bytes, file, SettingsDto.class, SettingsDto.FORMAT_VERSION, null).toSettings();
        } catch (DraftFileException e) {
            String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            LOG.log(Level.WARNING, "unusable settings " + file + " (" + e.reason() + ": " + why + "), set aside, using defaults");
            setAside();
            return Settings.DEFAULT;
        }
    }

    /** Versioned JSON ("formatVersion": 1), written atomically. */
    public void save(Settings settings) throws IOException {
        AtomicFileWriter.write(file, VersionedJson.write(SettingsDto.of(settings)));
    }

    private void setAside() {
        try {
            Files.move(file, brokenFile(), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot rename unusable settings " + file, e);
        }
    }
}
