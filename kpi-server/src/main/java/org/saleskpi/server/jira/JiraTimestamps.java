package org.saleskpi.server.jira;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Jira's REST timestamps: {@code created}, {@code updated} and changelog {@code created} come as
 * {@code 2026-11-30T14:05:12.000+0100}, an offset WITHOUT a colon, which
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} refuses. Seen in every public fixture of
 * ../shared/data/jira-fixtures (jrjc, jira-cli, digitalservicebund). The colon form and {@code Z}
 * are accepted too, and the fraction is optional.
 */
public final class JiraTimestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            // "+01:00" first (it needs the colon), then "+0100" and "Z".
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private JiraTimestamps() {
    }

    /** The instant of a Jira timestamp; IllegalArgumentException naming the text when it is not one. */
    public static Instant parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no timestamp");
        }
        try {
            return OffsetDateTime.parse(text.trim(), FORMAT).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a Jira timestamp like 2026-11-30T14:05:12.000+0100", e);
        }
    }
}
