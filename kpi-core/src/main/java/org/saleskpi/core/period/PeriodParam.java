package org.saleskpi.core.period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The {@code period} query parameter, resolved in the profile's calendar against today:
 * <ul>
 * <li>{@code this-X} and {@code last-X} for X in week, month, quarter, year, fiscal-quarter,
 * fiscal-year; {@code X-to-date} likewise, and {@code ytd} for year-to-date;
 * <li>{@code last-N-days}, N from 1 to {@value #MAX_DAYS}, today included;
 * <li>{@code YYYY-MM-DD..YYYY-MM-DD}, the second date excluded;
 * <li>{@code all}: from the earliest to the latest date found in the loaded issues' date columns
 * (today alone when there is none), so it can be known only once the issues are loaded.
 * </ul>
 */
public final class PeriodParam {
    public static final String NAME = "period";
    public static final int MAX_DAYS = 3660;
    private static final Pattern LAST_DAYS = Pattern.compile("last-([0-9]{1,9})-days");
    private static final Pattern RANGE = Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})\\.\\.([0-9]{4}-[0-9]{2}-[0-9]{2})");

    private final String spec;
    private final Optional<Period> fixed;
    private final Optional<Period> whole;

    private PeriodParam(String spec, Optional<Period> fixed, Optional<Period> whole) {
        this.spec = spec;
        this.fixed = fixed;
        this.whole = whole;
    }

    /**
     * @param spec the parameter, or null for {@code fallback}
     * @throws InvalidInputException naming {@code name} when the spec is not one of the forms above
     */
    public static PeriodParam parse(String name, String spec, String fallback, SalesCalendar calendar, LocalDate today) {
        String text = spec == null || spec.isBlank() ? fallback : spec.trim();
        if ("all".equals(text)) {
            return new PeriodParam(text, Optional.empty(), Optional.empty());
        }
        Period dates = resolve(name, text, calendar, today);
        return new PeriodParam(text, Optional.of(dates), Optional.of(whole(text, calendar, today).orElse(dates)));
    }

    public String spec() {
        return spec;
    }

    /** The dates, known before loading unless the spec is {@code all}. */
    public Optional<Period> fixed() {
        return fixed;
    }

    /**
     * The whole period the dates are a part of, which a comparison shifts back: the current year for
     * {@code ytd}, the current quarter for {@code quarter-to-date}; the dates themselves otherwise.
     */
    public Optional<Period> whole() {
        return whole;
    }

    private static Optional<Period> whole(String text, SalesCalendar calendar, LocalDate today) {
        String key = "ytd".equals(text) ? "year-to-date" : text;
        if (!key.endsWith("-to-date")) {
            return Optional.empty();
        }
        return Optional.of(RelativePeriod.parse(key).whole(calendar, today));
    }

    /** The dates, with {@code all} read from the table's dates. */
    public Period resolve(IssueTable table, LocalDate today) {
        return fixed.orElseGet(() -> span(table).orElse(Period.day(today)));
    }

    private static Period resolve(String name, String text, SalesCalendar calendar, LocalDate today) {
        Matcher days = LAST_DAYS.matcher(text);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            if (n < 1 || n > MAX_DAYS) {
                throw invalid(name, text, "last-N-days needs N from 1 to " + MAX_DAYS);
            }
            return new RelativePeriod.LastDays(n).resolve(calendar, today);
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            try {
                LocalDate from = LocalDate.parse(range.group(1));
                LocalDate to = LocalDate.parse(range.group(2));
                if (!to.isAfter(from)) {
                    throw invalid(name, text, "the end date (excluded) must be after the start date");
                }
                return new Period(from, to);
            } catch (DateTimeParseException e) {
                throw invalid(name, text, "both dates must be real dates written YYYY-MM-DD");
            }
        }
        String key = "ytd".equals(text) ? "year-to-date" : text;
        try {
            return RelativePeriod.parse(key).resolve(calendar, today);
        } catch (IllegalArgumentException e) {
            throw invalid(name, text, "expected this-month, last-quarter, this-fiscal-year, ytd, last-30-days, all"
                    + " or 2024-01-01..2024-04-01");
        }
    }

    private static InvalidInputException invalid(String name, String text, String why) {
        return InvalidInputException.of(name, "saleskpi.period.invalid",
                name + " '" + text + "' is not a period: " + why + ".", text);
    }

    /** From the earliest to the latest date in any date column of the table. */
    private static Optional<Period> span(IssueTable table) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (Column column : table.columns()) {
            if (column.type() != FieldType.DATE) {
                continue;
            }
            DateColumn dates = table.dates(column);
            for (int row = 0; row < table.size(); row++) {
                int day = dates.day(row);
                if (day != DateColumn.NONE) {
                    min = Math.min(min, day);
                    max = Math.max(max, day);
                }
            }
        }
        return min > max ? Optional.empty()
                : Optional.of(new Period(LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max + 1L)));
    }

    /**
     * The {@code bucket} parameter: day, week, month, quarter, year, fiscal-quarter or fiscal-year.
     *
     * @throws InvalidInputException naming {@code name} for anything else
     */
    public static Bucket bucket(String name, String key) {
        try {
            return Bucket.fromKey(key.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "saleskpi.bucket.invalid", name + " '" + key
                    + "' is not a bucket: expected day, week, month, quarter, year, fiscal-quarter or fiscal-year.");
        }
    }
}
