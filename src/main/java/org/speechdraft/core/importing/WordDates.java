package org.speechdraft.core.importing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The w:date of a Word 修订 or 批注. Word writes the local clock time of the person who made it
 * with a "Z" behind it, as if it were UTC; read as UTC it would show eight hours off in China. So a
 * date in "Z" (or without any offset) is taken as this computer's local time, one with a real
 * offset ("+08:00") as what it says.
 */
final class WordDates {

    private WordDates() {
    }

    /** The moment, or null for none or one that cannot be read. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.endsWith("Z") || text.endsWith("z")) {
                return localClock(text.substring(0, text.length() - 1));
            }
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return localClock(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date that is UTC indeed (Word 2023's w16du:dateUtc), or null for none or one that cannot be read. */
    static Instant parseUtc(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant localClock(String text) {
        return LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toInstant();
    }

    /** "…T10:20:00+08:00" or "…-05:00": an offset after the time, not the date's own hyphens. */
    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        return time > 0 && (text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
    }
}
