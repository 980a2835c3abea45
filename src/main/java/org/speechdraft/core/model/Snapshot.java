package org.speechdraft.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A named copy of a draft's text at a moment (初稿, 局长修改稿 …).
 *
 * @param automatic taken by the program before a big change (导入数据, 恢复快照 …) rather than by the
 *                  user; the oldest of these make room for new ones, the user's are kept
 * @param revisions for the revised version of a marked-up Word document (a leader's 修订), who made
 *                  which change: its text carries their ids; empty for any other snapshot
 * @param rejected  the revisions the user rejected while reviewing them (the draft keeps its text)
 */
public record Snapshot(String name, Instant takenAt, List<DraftParagraph> paragraphs, boolean automatic,
                       List<Revision> revisions, List<RejectedChange> rejected) {

    public Snapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(takenAt, "takenAt");
        paragraphs = List.copyOf(paragraphs);
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    /** A marked-up document's revised version, nothing of it rejected yet. */
    public Snapshot(String name, Instant takenAt, List<DraftParagraph> paragraphs, boolean automatic,
                    List<Revision> revisions) {
        this(name, takenAt, paragraphs, automatic, revisions, List.of());
    }

    public Snapshot(String name, Instant takenAt, List<DraftParagraph> paragraphs, boolean automatic) {
        this(name, takenAt, paragraphs, automatic, List.of());
    }

    public Snapshot withRejected(List<RejectedChange> newRejected) {
        return new Snapshot(name, takenAt, paragraphs, automatic, revisions, newRejected);
    }

    /** A snapshot taken by the user. */
    public Snapshot(String name, Instant takenAt, List<DraftParagraph> paragraphs) {
        this(name, takenAt, paragraphs, false);
    }
}
