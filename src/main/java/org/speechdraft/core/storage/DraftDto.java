package org.speechdraft.core.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The .sdraft file format as plain records, separate from the model so that the model can evolve
 * while files keep their shape; a later format version would be migrated here. Reading is lenient
 * where nothing can be lost (a missing list is an empty list) and strict where guessing would change
 * the speech (an unknown paragraph level).
 */
record DraftDto(Integer formatVersion, String generator, MetaDto meta, List<ParagraphDto> paragraphs,
                Map<String, String> placeholderValues, List<SnapshotDto> snapshots) {

    static final String GENERATOR = "SpeechDraft";

    static DraftDto of(Draft draft) {
        return new DraftDto(DraftCodec.FORMAT_VERSION, GENERATOR, MetaDto.of(draft.meta()),
                ParagraphDto.allOf(draft.paragraphs()),
                new TreeMap<>(draft.placeholderValues()), // sorted: the same draft always gives the same file
                draft.snapshots().stream().map(SnapshotDto::of).toList());
    }

    Draft toModel() throws InvalidContentException {
        List<Snapshot> modelSnapshots = new ArrayList<>();
        for (SnapshotDto snapshot : orEmpty(snapshots)) {
            modelSnapshots.add(SnapshotDto.toModel(snapshot));
        }
        return new Draft(meta == null ? DraftMeta.EMPTY : meta.toModel(), ParagraphDto.allToModel(paragraphs),
                placeholdersToModel(), modelSnapshots);
    }

    private Map<String, String> placeholdersToModel() {
        Map<String, String> values = new TreeMap<>();
        if (placeholderValues != null) {
            placeholderValues.forEach((key, value) -> {
                if (value != null) { // null means "not filled in", same as absent
                    values.put(key, value);
                }
            });
        }
        return values;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Target and pace are absent in files from before they existed: no target, the usual pace. */
    record MetaDto(String title, String meeting, String speaker, LocalDate date, Integer targetMinutes, Integer pace) {

        static MetaDto of(DraftMeta meta) {
            return new MetaDto(meta.title(), meta.meeting(), meta.speaker(), meta.date(), meta.targetMinutes(),
                    meta.pace());
        }

        DraftMeta toModel() {
            return new DraftMeta(title, meeting, speaker, date, targetMinutes == null ? 0 : targetMinutes,
                    pace == null ? DraftMeta.DEFAULT_PACE : pace);
        }
    }

    /** A paragraph with no runs is an empty paragraph. */
    record ParagraphDto(String level, List<RunDto> runs) {

        static List<ParagraphDto> allOf(List<DraftParagraph> paragraphs) {
            return paragraphs.stream()
                    .map(p -> new ParagraphDto(ParagraphLevelNames.nameOf(p.level()),
                            p.runs().stream().map(RunDto::of).toList()))
                    .toList();
        }

        static List<DraftParagraph> allToModel(List<ParagraphDto> paragraphs) throws InvalidContentException {
            List<DraftParagraph> result = new ArrayList<>();
            for (ParagraphDto paragraph : orEmpty(paragraphs)) {
                if (paragraph == null || paragraph.level == null) {
                    throw new InvalidContentException(Messages.CORE.get("storage.corrupt.missingLevel"));
                }
                result.add(paragraph.toModel());
            }
            return result;
        }

        private DraftParagraph toModel() throws InvalidContentException {
            ParagraphLevel modelLevel = ParagraphLevelNames.levelNamed(level).orElseThrow(
                    () -> new InvalidContentException(Messages.CORE.get("storage.corrupt.unknownLevel", level)));
            List<StyledRun> modelRuns = orEmpty(runs).stream()
                    .filter(run -> run != null && run.text != null) // nothing to keep
                    .map(RunDto::toModel)
                    .toList();
            return new DraftParagraph(modelLevel, modelRuns);
        }
    }

    /** Style flags are written only when set, which keeps the file readable. */
    record RunDto(String text,
                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean bold,
                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean highlight) {

        static RunDto of(StyledRun run) {
            return new RunDto(run.text(), run.style().bold(), run.style().highlight());
        }

        StyledRun toModel() {
            return new StyledRun(text, new TextStyle(bold, highlight));
        }
    }

    /** {@code automatic} is written only when set; files from before it existed hold the user's snapshots. */
    record SnapshotDto(String name, Instant takenAt, List<ParagraphDto> paragraphs,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean automatic) {

        static SnapshotDto of(Snapshot snapshot) {
            return new SnapshotDto(snapshot.name(), snapshot.takenAt(), ParagraphDto.allOf(snapshot.paragraphs()),
                    snapshot.automatic());
        }

        static Snapshot toModel(SnapshotDto snapshot) throws InvalidContentException {
            if (snapshot == null || snapshot.name == null || snapshot.takenAt == null) {
                throw new InvalidContentException(Messages.CORE.get("storage.corrupt.incompleteSnapshot"));
            }
            return new Snapshot(snapshot.name, snapshot.takenAt, ParagraphDto.allToModel(snapshot.paragraphs),
                    snapshot.automatic);
        }
    }
}
