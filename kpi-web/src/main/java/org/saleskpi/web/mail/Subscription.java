package org.saleskpi.web.mail;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A user's subscription to a dashboard's figures or a goal folder's goals by e-mail: when (in the subscriber's own
 * zone), in which language, to which address.
 *
 * @param subject what the mails show: a dashboard, a goal folder or, inside Jira, a Jira dashboard
 * @param subjectId the dashboard's or folder's id
 * @param dayOfWeek 1 (Monday) to 7, read for weekly mails
 * @param dayOfMonth 1 to 28, read for monthly mails
 * @param hour 0 to 23, in {@code zone}
 */
public record Subscription(long id, String userKey, Subject subject, long subjectId, Frequency frequency, int dayOfWeek,
        int dayOfMonth, int hour, ZoneId zone, Locale language, String address, Instant created) {
    public Subscription {
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(created, "created");
    }

    /**
     * The latest moment at or before {@code now} when a mail is due, in the subscriber's zone; its local date and
     * time name the period, so each one is sent once.
     */
    public ZonedDateTime lastDue(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        ZonedDateTime due = switch (frequency) {
            case DAILY -> at(day);
            case WEEKLY -> at(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dayOfWeek))));
            case MONTHLY -> at(day.withDayOfMonth(dayOfMonth));
        };
        if (due.isAfter(local)) {
            due = switch (frequency) {
                case DAILY -> at(day.minusDays(1));
                case WEEKLY -> at(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dayOfWeek))).minusWeeks(1));
                case MONTHLY -> at(day.minusMonths(1).withDayOfMonth(dayOfMonth));
            };
        }
        return due;
    }

    /** The period's key in the send record: its local date and hour ({@code 2026-12-07T08:00}). */
    public static String periodKey(ZonedDateTime due) {
        return LocalDateTime.of(due.toLocalDate(), LocalTime.of(due.getHour(), 0)).toString();
    }

    private ZonedDateTime at(LocalDate day) {
        return day.atTime(hour, 0).atZone(zone);
    }

    /** What a subscription's mails show; stored as its name in {@code SUBJECT_KIND}. */
    public enum Subject {
        DASHBOARD,
        /** A goal folder with its sub-folders. */
        FOLDER,
        /** Inside Jira: one of Jira's own dashboards, by its id, with the app's dashboard items on it (ADR 0073). */
        JIRA_DASHBOARD
    }
}
