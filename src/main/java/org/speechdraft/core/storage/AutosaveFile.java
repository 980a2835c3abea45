package org.speechdraft.core.storage;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;

import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.model.Draft;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The autosave envelope: {"formatVersion": 1, "sourcePath": … or null, "sourceStamp": …,
 * "autosavedAt": ISO instant, "draft": the same JSON as a .sdraft file}. The draft is encoded and
 * decoded by {@link DraftCodec}, so there is one draft format only.
 *
 * @param sourcePath  the file the draft was opened from or last saved to; null for a new draft
 * @param sourceStamp that file as it was when autosaving; null if there was none
 */
record AutosaveFile(Path sourcePath, FileStamp sourceStamp, Instant autosavedAt, Draft draft) {

    static final int FORMAT_VERSION = 1;
    private static final String DRAFT_FIELD = "draft";

    byte[] encode(DraftCodec codec) {
        return VersionedJson.write(new Dto(FORMAT_VERSION, sourcePath == null ? null : sourcePath.toString(),
                sourceStamp == null ? null : new StampDto(sourceStamp.size(), sourceStamp.lastModifiedMillis()),
                autosavedAt, codec.toDto(draft)));
    }

    static AutosaveFile decode(byte[] bytes, Path file, DraftCodec codec) throws DraftFileException {
        String text = VersionedJson.text(bytes, file);
        JsonNode tree = VersionedJson.parse(text, file);
        VersionedJson.checkVersion(tree, file, FORMAT_VERSION, DRAFT_FIELD);
        codec.checkIsReadableDraft(tree.get(DRAFT_FIELD), file);
        Dto dto = VersionedJson.bind(text, file, Dto.class);
        Draft draft = codec.fromDto(dto.draft(), file);
        if (dto.autosavedAt() == null) {
            throw incomplete(file);
        }
        return new AutosaveFile(sourcePathOf(dto, file), dto.sourceStamp() == null ? null : dto.sourceStamp().toModel(),
                dto.autosavedAt(), draft);
    }

    private static Path sourcePathOf(Dto dto, Path file) throws DraftFileException {
        try {
            return dto.sourcePath() == null ? null : Path.of(dto.sourcePath());
        } catch (InvalidPathException e) {
            throw incomplete(file);
        }
    }

    private static DraftFileException incomplete(Path file) {
        return DraftFileException.corrupt(file, Messages.CORE.get("storage.corrupt.incompleteAutosave"), null);
    }

    private record Dto(int formatVersion, String sourcePath, StampDto sourceStamp, Instant autosavedAt,
                       DraftDto draft) {
    }

    private record StampDto(long size, long lastModifiedMillis) {

        FileStamp toModel() {
            return new FileStamp(size, lastModifiedMillis);
        }
    }
}
