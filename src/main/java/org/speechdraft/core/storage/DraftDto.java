package org.speechdraft.core.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.speechdraft.core.i18n.Messages;
import org.speechdraft.core.model.Draft;
import org.speechdraft.core.model.DraftComment;
import org.speechdraft.core.model.DraftMeta;
import org.speechdraft.core.model.DraftParagraph;
import org.speechdraft.core.model.ParagraphLevel;
import org.speechdraft.core.model.RejectedChange;
import org.speechdraft.core.model.Revision;
import org.speechdraft.core.model.Snapshot;
import org.speechdraft.core.model.StyledRun;
import org.speechdraft.core.model.TextStyle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The .sdraft file format as plain records, separate from the model so that the model can evolve
 * while files keep their shape; a later format version would be migrated here. Reading is lenient
 * where nothing can be lost (a missing list is an empty list) and strict where guessing would change
 * the speech (an unknown paragraph level). Version 2 added comments and revisions; a draft without
 * them is written as version 1, which the previous release still opens.
 */
record DraftDto(Integer formatVersion, String generator, MetaDto meta, List<ParagraphDto> paragraphs,
                Map<String, String> placeholderValues, List<SnapshotDto> snapshots,
                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CommentDto> comments) {

    static final String GENERATOR = "SpeechDraft";
    /** The version before comments and revisions. */
    private static final int PLAIN_VERSION = 1;

    static DraftDto of(Draft draft) {
        boolean annotated = !draft.comments().isEmpty()
                || draft.snapshots().stream().anyMatch(s -> !s.revisions().isEmpty());
        return new DraftDto(annotated ? DraftCodec.FORMAT_VERSION : PLAIN_VERSION, GENERATOR, MetaDto.of(draft.meta()),
                ParagraphDto.allOf(draft.paragraphs()),
                new TreeMap<>(draft.placeholderValues()), // sorted: the same draft always gives the same file
                draft.snapshots().stream().map(SnapshotDto::of).toList(),
                draft.comments().stream().map(CommentDto::of).toList());
    }

    Draft toModel() throws InvalidContentException {
        List<Snapshot> modelSnapshots = new ArrayList<>();
        for (SnapshotDto snapshot : orEmpty(snapshots)) {
            modelSnapshots.add(SnapshotDto.toModel(snapshot));
        }
        List<DraftComment> modelComments = new ArrayList<>();
        for (CommentDto comment : orEmpty(comments)) {
            modelComments.add(CommentDto.toModel(comment));
        }
        return new Draft(meta == null ? DraftMeta.EMPTY : meta.toModel(), ParagraphDto.allToModel(paragraphs),
                placeholdersToModel(), modelSnapshots, modelComments);
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

    /**
     * Style flags and annotations are written only when set, which keeps the file readable; the ids
     * sorted, so that the same draft always gives the same file.
     */
    record RunDto(String text,
                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean bold,
                  @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean highlight,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> comments,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> revisions) {

        static RunDto of(StyledRun run) {
            TextStyle style = run.style();
            return new RunDto(run.text(), style.bold(), style.highlight(), sorted(style.comments()),
                    sorted(style.revisions()));
        }

        StyledRun toModel() {
            return new StyledRun(text, new TextStyle(bold, highlight, ids(comments), ids(revisions)));
        }

        private static List<String> sorted(Set<String> ids) {
            return ids.stream().sorted().toList();
        }

        private static Set<String> ids(List<String> ids) {
            return ids == null ? Set.of() : Set.copyOf(ids.stream().filter(id -> id != null).toList());
        }
    }

    /** {@code automatic} is written only when set; files from before it existed hold the user's snapshots. */
    record SnapshotDto(String name, Instant takenAt, List<ParagraphDto> paragraphs,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean automatic,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RevisionDto> revisions,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RejectedDto> rejected) {

        static SnapshotDto of(Snapshot snapshot) {
            return new SnapshotDto(snapshot.name(), snapshot.takenAt(), ParagraphDto.allOf(snapshot.paragraphs()),
                    snapshot.automatic(), snapshot.revisions().stream().map(RevisionDto::of).toList(),
                    snapshot.rejected().stream().map(RejectedDto::of).toList());
        }

        static Snapshot toModel(SnapshotDto snapshot) throws InvalidContentException {
            if (snapshot == null || snapshot.name == null || snapshot.takenAt == null) {
                throw new InvalidContentException(Messages.CORE.get("storage.corrupt.incompleteSnapshot"));
            }
            List<Revision> revisions = new ArrayList<>();
            for (RevisionDto revision : orEmpty(snapshot.revisions)) {
                revisions.add(RevisionDto.toModel(revision));
            }
            List<RejectedChange> rejected = orEmpty(snapshot.rejected).stream()
                    .filter(r -> r != null && r.draftText != null
                            && RejectedChange.fits(r.paragraph, r.start, r.end, r.snapshotText))
                    .map(RejectedDto::toModel).toList();
            return new Snapshot(snapshot.name, snapshot.takenAt, ParagraphDto.allToModel(snapshot.paragraphs),
                    snapshot.automatic, revisions, rejected);
        }
    }

    /** A revision the user rejected in a review; one that makes no sense any more is simply not rejected. */
    record RejectedDto(int paragraph, int start, int end, String snapshotText, String draftText,
                       @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean wholeParagraph) {

        static RejectedDto of(RejectedChange r) {
            return new RejectedDto(r.paragraph(), r.start(), r.end(), r.snapshotText(), r.draftText(), r.wholeParagraph());
        }

        RejectedChange toModel() {
            return new RejectedChange(paragraph, start, end, snapshotText, draftText, wholeParagraph);
        }
    }

    /** A 修订: "inserted", "deleted" or "moved", by whom and when. */
    record RevisionDto(String id, String kind, String author, Instant date) {

        static RevisionDto of(Revision revision) {
            return new RevisionDto(revision.id(), revision.kind().name().toLowerCase(java.util.Locale.ROOT),
                    revision.author(), revision.date());
        }

        static Revision toModel(RevisionDto revision) throws InvalidContentException {
            Revision.Kind kind = revision == null || revision.kind == null ? null : switch (revision.kind) {
                case "inserted" -> Revision.Kind.INSERTED;
                case "deleted" -> Revision.Kind.DELETED;
                case "moved" -> Revision.Kind.MOVED;
                default -> null;
            };
            if (kind == null || revision.id == null) {
                throw new InvalidContentException(Messages.CORE.get("storage.corrupt.badRevision"));
            }
            return new Revision(revision.id, kind, revision.author, revision.date);
        }
    }

    /** A 批注 with its answers; {@code done} is written only when set. */
    record CommentDto(String id, String author, Instant date, String text,
                      @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean done,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReplyDto> replies) {

        static CommentDto of(DraftComment comment) {
            return new CommentDto(comment.id(), comment.author(), comment.date(), comment.text(), comment.done(),
                    comment.replies().stream().map(r -> new ReplyDto(r.author(), r.date(), r.text())).toList());
        }

        static DraftComment toModel(CommentDto comment) throws InvalidContentException {
            if (comment == null || comment.id == null) {
                throw new InvalidContentException(Messages.CORE.get("storage.corrupt.badComment"));
            }
            return new DraftComment(comment.id, comment.author, comment.date, comment.text, comment.done,
                    orEmpty(comment.replies).stream().filter(r -> r != null)
                            .map(r -> new DraftComment.Reply(r.author, r.date, r.text)).toList());
        }
    }

    record ReplyDto(String author, Instant date, String text) {
    }
}
