package org.saleskpi.server.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Jira's date and time texts. Issue fields and changelogs send {@code 2026-11-30T14:05:12.000+0100} (an offset
 * without a colon, which ISO parsing refuses), a date-time field's changelog sends {@code 2012-04-11T14:26+0200}
 * (no seconds), and date fields {@code 2026-03-31}. Sources: the public fixtures in ../shared/data/
 * jira-fixtures (jrjc issue_valid-5.0-with-changelog.json, the digitalservicebund changelog pages).
 */
final class JiraTime {
    private static final List<DateTimeFormatter> INSTANTS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmZ"),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    /** How JQL writes a date and time, read in the searching user's time zone. */
    private static final DateTimeFormatter JQL = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private JiraTime() {
    }

    /** The instant a Jira timestamp names. */
    static Instant instant(String text) {
        return offsetDateTime(text).map(OffsetDateTime::toInstant)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a Jira date and time"));
    }

    /**
     * The calendar date of a date or date-time text: a date as it is, a date-time as the site's zone sees it; empty
     * when the text is neither.
     */
    static Optional<LocalDate> date(String text, ZoneId siteZone) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() == 10) {
            try {
                return Optional.of(LocalDate.parse(trimmed));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return offsetDateTime(trimmed).map(at -> at.atZoneSameInstant(siteZone).toLocalDate());
    }

    /** {@code at} as a JQL date and time in the site's zone, to the minute (JQL's precision), rounded down. */
    static String jql(Instant at, ZoneId siteZone) {
        return JQL.format(at.atZone(siteZone));
    }

    private static Optional<OffsetDateTime> offsetDateTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : INSTANTS) {
            try {
                return Optional.of(OffsetDateTime.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.empty();
    }
}
