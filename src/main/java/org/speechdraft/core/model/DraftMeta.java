package org.speechdraft.core.model;

import java.time.LocalDate;

/**
 * What the speech is: its title, the meeting, who speaks and when; and the time it should take.
 * Empty strings mean unknown.
 *
 * @param targetMinutes how long the speech should last (e.g. 15), 0 for no target
 * @param pace          the speaker's pace in 字 a minute, as the speaking time is estimated
 */
public record DraftMeta(String title, String meeting, String speaker, LocalDate date, int targetMinutes, int pace) {

    /** The pace office staff plan with when nobody has said otherwise. */
    public static final int DEFAULT_PACE = 200;

    public static final DraftMeta EMPTY = new DraftMeta("", "", "", null);

    public DraftMeta {
        title = title == null ? "" : title;
        meeting = meeting == null ? "" : meeting;
        speaker = speaker == null ? "" : speaker;
        targetMinutes = Math.max(0, targetMinutes);
        pace = pace > 0 ? pace : DEFAULT_PACE;
    }

    /** Without a target, at the usual pace. */
    public DraftMeta(String title, String meeting, String speaker, LocalDate date) {
        this(title, meeting, speaker, date, 0, DEFAULT_PACE);
    }

    public DraftMeta withTiming(int newTargetMinutes, int newPace) {
        return new DraftMeta(title, meeting, speaker, date, newTargetMinutes, newPace);
    }
}
