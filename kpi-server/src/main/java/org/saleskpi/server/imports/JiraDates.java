package org.saleskpi.server.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as a Jira instance wrote them: its date-time pattern read in its zone. Date-only cells (a
 * due date, a date picker) use the part of the pattern before its first space.
 */
final class JiraDates {
    private final String pattern;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateOnly;
    private final ZoneId zone;

    JiraDates(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.zone = zone;
        this.dateTime = formatter(pattern);
        int space = pattern.indexOf(' ');
        this.dateOnly = formatter(space < 0 ? pattern : pattern.substring(0, space));
    }

    private static DateTimeFormatter formatter(String pattern) {
        // Jira writes English month names and AM/PM whatever the server's locale is.
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    String pattern() {
        return pattern;
    }

    Optional<Instant> instant(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), dateTime).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date-only cell, or the local date of a date-time cell. */
    Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), dateTime).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), dateOnly));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
