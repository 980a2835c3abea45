package org.speechdraft.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A named copy of a draft's text at a moment (初稿, 局长修改稿 …). */
public record Snapshot(String name, Instant takenAt, List<DraftParagraph> paragraphs) {

    public Snapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(takenAt, "takenAt");
        paragraphs = List.copyOf(paragraphs);
    }
}
