package org.saleskpi.core.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.period.Period;

/**
 * What to generate: the seed that fixes every value, how many issues, the window of months they
 * fall in (local dates of {@code zone}), the Jira project key and the size of the sales team.
 */
public record DemoSpec(
        long seed,
        int issueCount,
        LocalDate firstDay,
        int months,
        ZoneId zone,
        String projectKey,
        int repCount) {

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
    }

    /** A spec with the default months, project key and team size. */
    public static DemoSpec of(long seed, int issueCount, LocalDate firstDay, ZoneId zone) {
        return new DemoSpec(seed, issueCount, firstDay, DEFAULT_MONTHS, zone, DEFAULT_PROJECT_KEY, DEFAULT_REP_COUNT);
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
