package org.saleskpi.jira.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The poll's JQL: the cache's scope and {@code updated >= "yyyy/MM/dd HH:mm"}, the node's watermark less a look-back,
 * written in Jira's default zone. JQL dates have minute precision, so the minute is rounded down: the window only
 * ever grows, and an issue updated in the seconds before the watermark is read again rather than missed.
 * The date format and its minute precision: Atlassian's JQL fields reference ("Updated": "yyyy/MM/dd HH:mm",
 * "yyyy-MM-dd HH:mm", or relative); that a search run without a user reads it in the default zone: UNVERIFIED
 * (the TimeZoneManager stub's header).
 */
public record UpdatedSince(String scopeJql, Instant watermark, Duration lookBack) {

    private static final DateTimeFormatter JQL_MINUTE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm", Locale.ROOT);

    /** The first instant the poll reads: the watermark less the look-back, down to its minute in {@code zone}. */
    public Instant from(ZoneId zone) {
        return watermark.minus(lookBack).atZone(zone).truncatedTo(ChronoUnit.MINUTES).toInstant();
    }

    public String jql(ZoneId zone) {
        return "(" + scopeJql + ") AND updated >= \"" + JQL_MINUTE.format(from(zone).atZone(zone)) + "\"";
    }
}
