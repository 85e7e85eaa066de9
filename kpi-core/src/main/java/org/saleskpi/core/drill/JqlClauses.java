package org.saleskpi.core.drill;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

/**
 * Filters and date conditions written as JQL clauses that select the same issues in Jira and in the
 * standalone server's JQL subset. A blank clause selects every issue.
 *
 * <p>Negations are pushed down to single fields and written with {@code not in} plus {@code is EMPTY}:
 * in Jira and in the subset, {@code !=} and {@code not in} leave out issues where the field is empty,
 * while the engine's {@code not} keeps them (kpi-server {@code JqlFilter.coded}; for Jira UNVERIFIED
 * beyond that subset's reading of it).
 */
final class JqlClauses {
    private static final Pattern CUSTOM = Pattern.compile("customfield_(\\d+)");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** The zone the KPI counts days in (the profile calendar's) and the zone the JQL will be read in. */
    private final ZoneId calendarZone;
    private final ZoneId readingZone;

    JqlClauses(ZoneId calendarZone, ZoneId readingZone) {
        this.calendarZone = Objects.requireNonNull(calendarZone, "calendarZone");
        this.readingZone = Objects.requireNonNull(readingZone, "readingZone");
    }

    /** A JQL string literal: double quotes, backslash and quote escaped. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The name JQL knows a column by: {@code cf[10010]} for a custom field, the system field's name. */
    static String field(Column column) {
        if (column instanceof Column.Custom custom) {
            Matcher id = CUSTOM.matcher(custom.fieldId());
            return id.matches() ? "cf[" + id.group(1) + "]" : quote(custom.fieldId());
        }
        if (column instanceof Column.Standard standard) {
            return switch (standard.field()) {
                case KEY -> "key";
                case PROJECT -> "project";
                case ISSUE_TYPE -> "issuetype";
                case STATUS -> "status";
                case STATUS_CATEGORY -> "statusCategory";
                case RESOLUTION -> "resolution";
                case ASSIGNEE -> "assignee";
                case REPORTER -> "reporter";
                case CREATED -> "created";
                case UPDATED -> "updated";
                case RESOLVED -> "resolved";
                case DUE -> "due";
            };
        }
        throw new IllegalStateException("no JQL name for the column " + column.getClass().getName());
    }

    /** {@code column WAS IN (values)}: the issues that have or had one of the values, sorted for a stable query. */
    static String was(Column column, Set<String> values) {
        return field(column) + " was in " + list(values.stream().sorted().toList());
    }

    /** The filter as a clause; "" when it selects every issue. */
    String filter(Filter filter) {
        return render(filter, false);
    }

    /** The date condition of {@code when} for period P; "" for {@link When.Always}. */
    String when(When when, Period period) {
        if (when instanceof When.Always) {
            return "";
        }
        if (when instanceof When.During during) {
            String date = field(during.date());
            return date + " >= " + bound(during.date(), period.start()) + " AND " + date + " < "
                    + bound(during.date(), period.end());
        }
        if (when instanceof When.Before before) {
            return field(before.date()) + " < " + bound(before.date(), period.start());
        }
        if (when instanceof When.Through through) {
            return field(through.date()) + " < " + bound(through.date(), period.end());
        }
        throw new IllegalStateException("no JQL for the date condition " + when.getClass().getName());
    }

    /**
     * The bound {@code day} for a date column: the day alone for a field that holds days (the due date,
     * a Date custom field), whose value is the same day in every zone, so the engine's day and the
     * search's day agree (kpi-server {@code JqlFilter.days}: a day matches by its start in the reader's
     * zone; for Jira a Date Picker compared with a date literal, UNVERIFIED beyond its JQL date formats
     * page); else the calendar's midnight as {@link #day} writes it.
     */
    private String bound(Column date, LocalDate day) {
        return holdsDays(date) ? quote(day.toString()) : day(day);
    }

    private static boolean holdsDays(Column date) {
        return date.equals(Column.DUE) || date instanceof Column.Custom;
    }

    /**
     * The start of {@code day} in the calendar's zone as a JQL date. Jira and the subset read a date in
     * the reader's zone ({@code "yyyy-MM-dd"} its day's start, {@code "yyyy-MM-dd HH:mm"} that minute):
     * kpi-server {@code jql.Moment}; for Jira, the JQL date formats page of its documentation and
     * Atlassian staff on the developer community (literal read in the searching user's zone). So the day
     * alone when both zones agree, else the same instant as a minute in the reader's zone.
     */
    String day(LocalDate day) {
        ZonedDateTime start = day.atStartOfDay(calendarZone);
        if (sameRules()) {
            return quote(day.toString());
        }
        return quote(start.withZoneSameInstant(readingZone).format(MINUTE));
    }

    private boolean sameRules() {
        return calendarZone.equals(readingZone) || calendarZone.getRules().equals(readingZone.getRules());
    }

    /** Clauses joined with AND, each bracketed; blank ones left out. */
    static String and(List<String> clauses) {
        List<String> parts = clauses.stream().filter(c -> !c.isBlank()).toList();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" AND "));
    }

    private String render(Filter filter, boolean negated) {
        if (filter instanceof Filter.All) {
            return negated ? none() : "";
        }
        if (filter instanceof Filter.In in) {
            if (in.values().isEmpty()) {
                return negated ? "" : none();
            }
            List<String> values = in.values().stream().sorted().toList();
            String name = field(in.column());
            if (!negated) {
                return values.size() == 1 ? name + " = " + quote(values.get(0)) : name + " in " + list(values);
            }
            return name + " not in " + list(values) + " OR " + name + " is EMPTY";
        }
        if (filter instanceof Filter.Empty empty) {
            return field(empty.column()) + (negated ? " is not EMPTY" : " is EMPTY");
        }
        if (filter instanceof Filter.Not not) {
            return render(not.filter(), !negated);
        }
        if (filter instanceof Filter.And and) {
            return negated ? join(and.filters(), true, " OR ") : join(and.filters(), false, " AND ");
        }
        if (filter instanceof Filter.Or or) {
            return negated ? join(or.filters(), true, " AND ") : join(or.filters(), false, " OR ");
        }
        throw new IllegalStateException("no JQL for the filter " + filter.getClass().getName());
    }

    /** Parts joined by {@code operator}; an AND drops parts that select all, an OR is all if one part is. */
    private String join(List<Filter> filters, boolean negated, String operator) {
        boolean or = operator.equals(" OR ");
        if (filters.isEmpty()) {
            // AND of nothing is every issue, OR of nothing no issue.
            if (or) {
                return none();
            }
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Filter part : filters) {
            String clause;
            try {
                clause = render(part, negated);
            } catch (NoIssues none) {
                if (or) {
                    // A part that selects nothing adds nothing to an OR.
                    continue;
                }
                throw none;
            }
            if (clause.isBlank()) {
                if (or) {
                    return "";
                }
            } else {
                parts.add(clause);
            }
        }
        if (parts.isEmpty() && or) {
            return none();
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.stream().map(c -> "(" + c + ")").collect(Collectors.joining(operator));
    }

    private static String none() {
        throw new NoIssues();
    }

    /** The filter selects no issue, which JQL has no plain clause for: there is nothing to drill into. */
    static final class NoIssues extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoIssues() {
            super("the filter selects no issue", null, false, false);
        }
    }

    private static String list(List<String> values) {
        return values.stream().map(JqlClauses::quote).collect(Collectors.joining(", ", "(", ")"));
    }
}
