package org.saleskpi.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.period.Period;

/**
 * What to generate: the seed that fixes every value, how many issues, the window of months they
 * fall in (local dates of {@code zone}), the Jira project key, the size of the sales team and the
 * present moment the data set stands at.
 *
 * @param end the present moment: nothing is created, updated or resolved at or after it. It lies on
 *     the window's last day; by default it is the midnight that ends the window.
 */
public record DemoSpec(
        long seed,
        int issueCount,
        LocalDate firstDay,
        int months,
        ZoneId zone,
        String projectKey,
        int repCount,
        Instant end) {

    public static final int DEFAULT_MONTHS = 24;
    public static final String DEFAULT_PROJECT_KEY = "SALES";
    public static final int DEFAULT_REP_COUNT = 12;

    /** Fewer issues would leave the twenty customer accounts without deals to reference. */
    public static final int MIN_ISSUE_COUNT = 100;
    public static final int MAX_MONTHS = 240;
    /** Rep keys have two digits ({@code rep01}). */
    public static final int MAX_REP_COUNT = 99;

    public DemoSpec {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(projectKey, "projectKey");
        if (issueCount < MIN_ISSUE_COUNT) {
            throw new IllegalArgumentException(
                    "issueCount must be at least " + MIN_ISSUE_COUNT + ", was " + issueCount);
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be 1.." + MAX_MONTHS + ", was " + months);
        }
        if (!projectKey.matches("[A-Z][A-Z0-9_]{1,9}")) {
            throw new IllegalArgumentException("projectKey must be a Jira project key"
                    + " (2 to 10 upper-case letters, digits or _, starting with a letter), was: " + projectKey);
        }
        if (repCount < 1 || repCount > MAX_REP_COUNT) {
            throw new IllegalArgumentException("repCount must be 1.." + MAX_REP_COUNT + ", was " + repCount);
        }
        Objects.requireNonNull(end, "end");
        LocalDate lastDay = firstDay.plusMonths(months).minusDays(1);
        Instant lastDayStart = lastDay.atStartOfDay(zone).toInstant();
        Instant windowEnd = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        if (end.isBefore(lastDayStart) || end.isAfter(windowEnd)) {
            throw new IllegalArgumentException("end must lie on the window's last day, " + lastDay + " in " + zone
                    + ", was " + end);
        }
    }

    /** A spec that stands at the midnight ending its window: the whole last day has happened. */
    public DemoSpec(long seed, int issueCount, LocalDate firstDay, int months, ZoneId zone, String projectKey,
            int repCount) {
        this(seed, issueCount, firstDay, months, zone, projectKey, repCount, windowEnd(firstDay, months, zone));
    }

    /** The midnight ending the window; null when a part is missing, which the canonical constructor names. */
    private static Instant windowEnd(LocalDate firstDay, int months, ZoneId zone) {
        return firstDay == null || zone == null ? null : firstDay.plusMonths(months).atStartOfDay(zone).toInstant();
    }

    /** A spec with the default months, project key and team size. */
    public static DemoSpec of(long seed, int issueCount, LocalDate firstDay, ZoneId zone) {
        return new DemoSpec(seed, issueCount, firstDay, DEFAULT_MONTHS, zone, DEFAULT_PROJECT_KEY, DEFAULT_REP_COUNT);
    }

    /**
     * This spec standing at {@code now}, a moment of its window's last day: what would happen later
     * that day has not happened yet (still open, not yet created).
     */
    public DemoSpec asOf(Instant now) {
        return new DemoSpec(seed, issueCount, firstDay, months, zone, projectKey, repCount, now);
    }

    /** The local dates every created, updated and resolved instant falls on. */
    public Period window() {
        return new Period(firstDay, firstDay.plusMonths(months));
    }

    /** The reps' user keys, {@code rep01} to {@code repNN}. */
    public List<String> repKeys() {
        List<String> keys = new ArrayList<>(repCount);
        for (int i = 1; i <= repCount; i++) {
            keys.add(i < 10 ? "rep0" + i : "rep" + i);
        }
        return List.copyOf(keys);
    }
}
