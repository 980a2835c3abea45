package org.speechdraft.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.speechdraft.core.model.Draft;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads/writes .sdraft files: versioned JSON (Jackson), UTF-8, pretty-printed. */
public final class DraftCodec {

    /** 2 added 批注 and the revisions of a marked-up version; a file without them is still written as 1. */
    public static final int FORMAT_VERSION = 2;
    public static final String EXTENSION = ".sdraft";

    /** A draft file is recognised by this field besides formatVersion; templates and settings lack it. */
    private static final String MARKER_FIELD = "paragraphs";

    public DraftCodec() {
        // stateless: the Jackson mapper is shared and thread-safe
    }

    public byte[] encode(Draft draft) {
        return VersionedJson.write(toDto(draft));
    }

    /** Errors carry {@code file() == null}. */
    public Draft decode(byte[] json) throws DraftFileException {
        return decode(json, null);
    }

    public Draft read(Path file) throws DraftFileException {
        return decode(readBytes(file), file);
    }

    /** The file's bytes, or the reason in the user's words why they cannot be read. */
    static byte[] readBytes(Path file) throws DraftFileException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw DraftFileException.notFound(file, e);
        } catch (IOException e) {
            throw DraftFileException.unreadable(file, e);
        }
    }

    /** Atomic write via AtomicFileWriter (previous version kept as backup). */
    public void write(Path file, Draft draft) throws DraftFileException {
        VersionedJson.writeFile(file, toDto(draft));
    }

    // ---- shared with the autosave envelope, which embeds a draft in exactly this format ----

    DraftDto toDto(Draft draft) {
        return DraftDto.of(draft);
    }

    /** The draft of an already version-checked and bound DTO. */
    Draft fromDto(DraftDto dto, Path file) throws DraftFileException {
        try {
            return dto.toModel();
        } catch (InvalidContentException e) {
            throw DraftFileException.corrupt(file, e.getMessage(), null);
        }
    }

    /** Checks a JSON node that should be a draft of a version we can read. */
    void checkIsReadableDraft(JsonNode node, Path file) throws DraftFileException {
        VersionedJson.checkVersion(node, file, FORMAT_VERSION, MARKER_FIELD);
    }

    private Draft decode(byte[] json, Path file) throws DraftFileException {
        return fromDto(VersionedJson.read(json, file, DraftDto.class, FORMAT_VERSION, MARKER_FIELD), file);
    }
}
