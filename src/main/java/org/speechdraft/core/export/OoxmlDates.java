package org.speechdraft.core.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Dates as the parts carry them (xsd:dateTime), to the second, each kind as Word writes it. */
final class OoxmlDates {

    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private OoxmlDates() {
    }

    /** The document properties' dates: in UTC (W3CDTF), which Word's 属性 shows in local time. */
    static String utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * The w:date of comments and tracked changes: this machine's local time, marked "Z" all the
     * same. That is what Word writes and how Word and LibreOffice read it: a true UTC time would
     * show a comment written at 09:30 in Beijing as written at 01:30.
     */
    static String wallClock(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).format(WALL_CLOCK);
    }
}
