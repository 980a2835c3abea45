package org.speechdraft.core.model;

import java.time.LocalDate;

/** What the speech is: its title, the meeting, who speaks and when. Empty strings mean unknown. */
public record DraftMeta(String title, String meeting, String speaker, LocalDate date) {

    public static final DraftMeta EMPTY = new DraftMeta("", "", "", null);

    public DraftMeta {
        title = title == null ? "" : title;
        meeting = meeting == null ? "" : meeting;
        speaker = speaker == null ? "" : speaker;
    }
}
