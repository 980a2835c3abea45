package org.speechdraft.core.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Dates as the parts carry them (xsd:dateTime, W3CDTF): in UTC, to the second, as Word writes them. */
final class OoxmlDates {

    private OoxmlDates() {
    }

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
