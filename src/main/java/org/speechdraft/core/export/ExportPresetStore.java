package org.speechdraft.core.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.speechdraft.core.storage.AppHome;
import org.speechdraft.core.storage.AtomicFileWriter;
import org.speechdraft.core.storage.DraftFileException;
import org.speechdraft.core.storage.IoProblem;
import org.speechdraft.core.storage.VersionedJson;

/**
 * The user's own export presets: {@code <app home>/presets/<id>.json}, versioned JSON written
 * atomically. The built-in presets are not stored; their ids cannot be taken.
 */
public final class ExportPresetStore {

    private static final String EXTENSION = ".json";
    private static final int MAX_ID_LENGTH = 64;

    private final Path folder;

    public ExportPresetStore(AppHome home) {
        this.folder = home.presetsDir();
    }

    /**
     * Letters (Chinese too), digits, - and _, at most 64, not a built-in id: an id must be a file
     * name on every system.
     */
    public static boolean isValidUserId(String id) {
        return id != null && !id.isEmpty() && id.length() <= MAX_ID_LENGTH && !BuiltInPresets.isBuiltIn(id)
                && id.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    /** The built-in presets, then the user's by name; a user file that cannot be read is left out (and logged). */
    public List<ExportPreset> list() {
        List<ExportPreset> presets = new ArrayList<>(BuiltInPresets.all());
        List<ExportPreset> own = new ArrayList<>();
        for (String id : userIds()) {
            try {
                own.add(load(id));
            } catch (ExportPresetException e) {
                log().log(Level.WARNING, "skipping export preset " + id + ": " + e.getMessage());
            }
        }
        own.sort(Comparator.comparing(ExportPreset::name).thenComparing(ExportPreset::id));
        presets.addAll(own);
        return presets;
    }

    /** A built-in or saved preset; empty when there is none with this id. */
    public Optional<ExportPreset> find(String id) throws ExportPresetException {
        Optional<ExportPreset> builtIn = BuiltInPresets.find(id);
        if (builtIn.isPresent() || !isValidUserId(id) || !Files.isRegularFile(fileOf(id))) {
            return builtIn;
        }
        return Optional.of(load(id));
    }

    /** Saves (or replaces) a user preset under its id. */
    public void save(ExportPreset preset) throws IOException {
        if (!isValidUserId(preset.id())) {
            throw new IllegalArgumentException("not a user preset id: " + preset.id());
        }
        AtomicFileWriter.writeWithoutBackup(fileOf(preset.id()), VersionedJson.write(PresetDto.of(preset)));
    }

    public void delete(String id) throws IOException {
        if (isValidUserId(id)) {
            Files.deleteIfExists(fileOf(id));
        }
    }

    Path fileOf(String id) {
        return folder.resolve(id + EXTENSION);
    }

    private ExportPreset load(String id) throws ExportPresetException {
        Path file = fileOf(id);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExportPresetException(ExportTexts.get("preset.notFound", id), e);
        } catch (IOException e) {
            throw new ExportPresetException(ExportTexts.get("preset.unreadable", id, IoProblem.describe(e)), e);
        }
        try {
            return VersionedJson.read(bytes, file, PresetDto.class, PresetDto.FORMAT_VERSION, PresetDto.MARKER_FIELD)
                    .toModel(id);
        } catch (DraftFileException e) {
            throw refused(id, e);
        } catch (IllegalArgumentException e) {
            throw new ExportPresetException(ExportTexts.get("preset.corrupt", id, ExportTexts.get("preset.corrupt.shape")), e);
        }
    }

    private List<String> userIds() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - EXTENSION.length());
                if (isValidUserId(id) && Files.isRegularFile(file)) {
                    ids.add(id);
                }
            }
        } catch (NoSuchFileException e) {
            return ids; // nothing saved yet
        } catch (IOException e) {
            log().log(Level.WARNING, "cannot list export presets in " + folder, e);
        }
        return ids;
    }

    /** Looked up when there is something to log: finding the logging back end costs every export's start-up. */
    private static System.Logger log() {
        return System.getLogger(ExportPresetStore.class.getName());
    }

    /** The storage layer's reason, worded for a preset file: newer version, or where it is damaged. */
    private static ExportPresetException refused(String id, DraftFileException e) {
        if (e.reason() == DraftFileException.Reason.FUTURE_VERSION) {
            return new ExportPresetException(ExportTexts.get("preset.futureVersion", id), e);
        }
        String detail = ExportTexts.get("preset.corrupt.shape");
        if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation().getLineNr() > 0) {
            JsonLocation at = json.getLocation();
            detail = ExportTexts.get("preset.corrupt.at", String.valueOf(at.getLineNr()), String.valueOf(at.getColumnNr()));
        }
        return new ExportPresetException(ExportTexts.get("preset.corrupt", id, detail), e);
    }
}
