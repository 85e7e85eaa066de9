package org.saleskpi.server.imports;

import java.text.ParsePosition;
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
    /** Whether the pattern is Jira's default, which {@link DefaultJiraDates} reads without the formatter. */
    private final boolean jiraDefault;

    JiraDates(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.jiraDefault = pattern.equals(ImportSettings.JIRA_DATE_FORMAT);
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
        String cell = text.trim();
        LocalDateTime quick = jiraDefault ? DefaultJiraDates.dateTime(cell) : null;
        if (quick != null) {
            return Optional.of(quick.atZone(zone).toInstant());
        }
        try {
            // Most cells of a date-time column are one: parsed at once, without a first look at their shape.
            return Optional.of(LocalDateTime.parse(cell, dateTime).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date-only cell, or the local date of a date-time cell. */
    Optional<LocalDate> date(String text) {
        String cell = text.trim();
        if (jiraDefault) {
            LocalDateTime quickDateTime = DefaultJiraDates.dateTime(cell);
            if (quickDateTime != null) {
                return Optional.of(quickDateTime.toLocalDate());
            }
            LocalDate quickDate = DefaultJiraDates.date(cell);
            if (quickDate != null) {
                return Optional.of(quickDate);
            }
        }
        if (shaped(dateTime, cell)) {
            try {
                return Optional.of(LocalDateTime.parse(cell, dateTime).toLocalDate());
            } catch (DateTimeParseException e) {
                // Shaped like a date and time but not one (the 32nd): perhaps a date after all.
            }
        }
        if (!shaped(dateOnly, cell)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(cell, dateOnly));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the whole cell reads as the pattern's fields, values not yet checked: a parse of a cell that is not
     * fails here without the cost of an exception, which a date-only column would pay on every row.
     */
    private static boolean shaped(DateTimeFormatter formatter, String cell) {
        ParsePosition position = new ParsePosition(0);
        return formatter.parseUnresolved(cell, position) != null && position.getErrorIndex() < 0
                && position.getIndex() == cell.length();
    }
}
