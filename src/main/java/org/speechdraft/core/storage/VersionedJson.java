package org.speechdraft.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.speechdraft.core.i18n.Messages;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Our files are JSON objects starting with a {@code formatVersion}. They are read in three steps:
 * syntax, then version, only then the shape, so that a file written by a newer version is reported
 * as newer rather than as broken. Errors name the line and column so a damaged file can be
 * repaired by hand. Public for the other core packages' files (templates, export presets); their errors come
 * as {@link DraftFileException}s to be worded with {@link DraftFileException#messageAbout(FileKind)}.
 */
public final class VersionedJson {

    static final String VERSION_FIELD = "formatVersion";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // newer files of the same version
            .build();

    private static final ObjectWriter PRETTY_WRITER = MAPPER.writer(prettyPrinter());

    private VersionedJson() {
    }

    /** UTF-8, two-space indented, {@code "key": value}, "\n" line ends on every OS, final newline. */
    public static byte[] write(Object dto) {
        try {
            return (PRETTY_WRITER.writeValueAsString(dto) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + dto.getClass().getSimpleName(), e);
        }
    }

    /** Reads {@code file} and binds it as {@link #read(byte[], Path, Class, int, String)} does. */
    public static <T> T readFile(Path file, Class<T> type, int supportedVersion, String markerField)
            throws DraftFileException {
        return read(DraftCodec.readBytes(file), file, type, supportedVersion, markerField);
    }

    /** Writes {@code dto} to {@code file} atomically, keeping the previous version as a backup. */
    public static void writeFile(Path file, Object dto) throws DraftFileException {
        writeBytes(file, write(dto)); // encoded before touching the disk: nothing to clean up if that fails
    }

    /** Writes {@code bytes} (a JSON file, or a zip of them) atomically, keeping the previous version as a backup. */
    public static void writeBytes(Path file, byte[] bytes) throws DraftFileException {
        boolean existed = Files.exists(file);
        try {
            AtomicFileWriter.write(file, bytes);
        } catch (IOException e) {
            throw DraftFileException.writeFailed(file, existed, e);
        }
    }

    /**
     * All three steps for a file whose object must hold {@code markerField} (null: no such check).
     *
     * @param file for the error messages only; may be null
     */
    public static <T> T read(byte[] bytes, Path file, Class<T> type, int supportedVersion, String markerField)
            throws DraftFileException {
        String text = text(bytes, file);
        checkVersion(parse(text, file), file, supportedVersion, markerField);
        return bind(text, file, type);
    }

    /** Step 0: the bytes as strict UTF-8 text (a Chinese text in another encoding must not be garbled). */
    static String text(byte[] bytes, Path file) throws DraftFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DraftFileException.corrupt(file, Messages.CORE.get("storage.corrupt.notText"), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte order mark left by Windows editors
        }
        if (text.isBlank()) {
            throw DraftFileException.corrupt(file, Messages.CORE.get("storage.corrupt.empty"), null);
        }
        return text;
    }

    /** Step 1: syntax. */
    static JsonNode parse(String text, Path file) throws DraftFileException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw DraftFileException.corrupt(file, syntaxProblem(e), e);
        }
    }

    /**
     * Step 2: is it one of ours, and one we understand? No {@code formatVersion} or no
     * {@code markerField} means some other JSON (a template, another program's file).
     */
    static void checkVersion(JsonNode node, Path file, int supportedVersion, String markerField)
            throws DraftFileException {
        JsonNode version = node != null && node.isObject() ? node.get(VERSION_FIELD) : null;
        if (version == null || version.isNull()) {
            throw DraftFileException.notADraft(file);
        }
        if (!version.canConvertToExactIntegral() || !version.canConvertToInt() || version.asInt() < 1) {
            throw DraftFileException.corrupt(file, Messages.CORE.get("storage.corrupt.badVersion", version.asText()), null);
        }
        if (version.asInt() > supportedVersion) {
            throw DraftFileException.futureVersion(file, version.asInt(), supportedVersion);
        }
        if (markerField != null && !node.has(markerField)) {
            throw DraftFileException.notADraft(file);
        }
    }

    /** Step 3: shape. Parses the text again rather than the tree, to keep line and column for errors. */
    static <T> T bind(String text, Path file, Class<T> type) throws DraftFileException {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw DraftFileException.corrupt(file, shapeProblem(e), e);
        }
    }

    private static String syntaxProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null) {
            return Messages.CORE.get("storage.corrupt.shapeUnknownPlace");
        }
        String key = e instanceof JsonEOFException ? "storage.corrupt.truncated" : "storage.corrupt.syntax";
        return Messages.CORE.get(key, line(at), column(at));
    }

    private static String shapeProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1
                ? Messages.CORE.get("storage.corrupt.shapeUnknownPlace")
                : Messages.CORE.get("storage.corrupt.shape", line(at), column(at));
    }

    // As strings, so that MessageFormat does not print line 1234 as "1,234".
    private static String line(JsonLocation at) {
        return String.valueOf(at.getLineNr());
    }

    private static String column(JsonLocation at) {
        return String.valueOf(at.getColumnNr());
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
