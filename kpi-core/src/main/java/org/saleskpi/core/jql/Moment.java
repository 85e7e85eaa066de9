package org.saleskpi.core.jql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date value of a query as the span of epoch milliseconds it names: a day value
 * ({@code "2024-01-31"}) its whole day in the context's zone, a minute value its minute, a
 * function or relative period its instant. {@code =} matches the span; the other comparisons
 * compare with its start, as Jira does ({@code created <= "2024-01-31"} ends at that day's start).
 */
record Moment(long from, long to) {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?: (\\d{1,2}):(\\d{2}))?");
    private static final Pattern PERIOD = Pattern.compile("([-+]?)\\s*((?:\\d+\\s*[yMwdhm]\\s*)+)");
    private static final Pattern PERIOD_PART = Pattern.compile("(\\d+)\\s*([yMwdhm])");
    private static final long MINUTE = 60_000L;

    /** Whether {@code text} reads as a period from now, such as {@code -4w 2d}. */
    static boolean isPeriod(String text) {
        return PERIOD.matcher(text.trim()).matches();
    }

    static Moment of(Operand operand, String field, JqlContext context) {
        if (operand instanceof Operand.Function function) {
            return ofFunction(function, context);
        }
        String text = ((Operand.Literal) operand).text().trim();
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3)));
                if (date.group(4) == null) {
                    return new Moment(millis(day.atStartOfDay(context.zone())),
                            millis(day.plusDays(1).atStartOfDay(context.zone())));
                }
                LocalTime time = LocalTime.of(Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)));
                long start = millis(LocalDateTime.of(day, time).atZone(context.zone()));
                return new Moment(start, start + MINUTE);
            } catch (DateTimeException e) {
                throw JqlError.badDate(text, field);
            }
        }
        if (PERIOD.matcher(text).matches()) {
            ZonedDateTime shifted = shift(context.now().atZone(context.zone()), text, true)
                    .orElseThrow(() -> JqlError.badDate(text, field));
            return instant(shifted);
        }
        throw JqlError.badDate(text, field);
    }

    private static Moment ofFunction(Operand.Function function, JqlContext context) {
        String name = function.name().toLowerCase(Locale.ROOT);
        ZonedDateTime now = context.now().atZone(context.zone());
        if (name.equals("now")) {
            requireArguments(function, 0);
            return instant(now);
        }
        boolean start = name.startsWith("startof");
        if (!start && !name.startsWith("endof")) {
            throw JqlError.unknownFunction(function.name(), function.position());
        }
        ChronoUnit unit = unitOf(name.substring(start ? 7 : 5));
        if (unit == null) {
            throw JqlError.unknownFunction(function.name(), function.position());
        }
        requireArguments(function, 1);
        String offset = function.arguments().isEmpty() ? "" : function.arguments().get(0).trim();
        // A bare number counts in the function's own unit: startOfMonth(-1) is last month's start.
        String period = offset.matches("[-+]?\\d+") ? offset + letterOf(unit) : offset;
        boolean sameUnit = period.isEmpty() || period.endsWith(letterOf(unit)) && period.matches("[-+]?\\d+\\w");
        ZonedDateTime begin = startOf(now, unit, context);
        ZonedDateTime shifted = period.isEmpty() ? begin : shift(begin, period, false)
                .orElseThrow(() -> JqlError.badFunction(function.name(), "has an invalid offset '" + offset + "'",
                        function.position()));
        if (start) {
            return instant(shifted);
        }
        // The end of a period is the last millisecond before the next one starts.
        // endOfMonth(-1) ends last month; endOfMonth("+2d") is two days after this month's end.
        ZonedDateTime end = sameUnit ? shifted.plus(1, unit) : shift(begin.plus(1, unit), period, false).orElseThrow();
        return new Moment(millis(end) - 1, millis(end));
    }

    private static void requireArguments(Operand.Function function, int most) {
        if (function.arguments().size() > most) {
            throw JqlError.badFunction(function.name(), "takes at most " + most + " argument" + (most == 1 ? "" : "s"),
                    function.position());
        }
    }

    private static ChronoUnit unitOf(String name) {
        switch (name) {
            case "day":
                return ChronoUnit.DAYS;
            case "week":
                return ChronoUnit.WEEKS;
            case "month":
                return ChronoUnit.MONTHS;
            case "year":
                return ChronoUnit.YEARS;
            default:
                return null;
        }
    }

    private static String letterOf(ChronoUnit unit) {
        switch (unit) {
            case WEEKS:
                return "w";
            case MONTHS:
                return "M";
            case YEARS:
                return "y";
            default:
                return "d";
        }
    }

    private static ZonedDateTime startOf(ZonedDateTime now, ChronoUnit unit, JqlContext context) {
        LocalDate today = now.toLocalDate();
        LocalDate first;
        switch (unit) {
            case WEEKS:
                first = today.with(TemporalAdjusters.previousOrSame(context.weekStart()));
                break;
            case MONTHS:
                first = today.withDayOfMonth(1);
                break;
            case YEARS:
                first = today.withDayOfYear(1);
                break;
            default:
                first = today;
        }
        return first.atStartOfDay(context.zone());
    }

    /**
     * Adds a period such as {@code -4w 2d} (the sign applies to all of it); empty if it is not one. A relative
     * date written alone ({@code created >= -1d}) counts days and weeks as fixed 24 and 168 hours, as Jira does
     * (its {@code JqlDateSupportImpl} adds {@code DateUtils.getDurationWithNegative} seconds to now, "not using the
     * Calendar class because the Calendar is timezone sensitive while JIRA's calculation is not", in a public
     * copy of its 4.x-era source and tests; UNVERIFIED on 10.3 and 11.3): across a DST switch {@code -1d} is 24
     * hours back, not the same wall-clock time yesterday. A function's offset ({@code startOfDay(-1)}) moves by
     * calendar days in the zone, so a day still starts at midnight. Months and years are calendar months and
     * years in both (UNVERIFIED: that public {@code DateUtils} knows only w, d, h and m).
     */
    private static Optional<ZonedDateTime> shift(ZonedDateTime from, String text, boolean fixedDays) {
        Matcher period = PERIOD.matcher(text.trim());
        if (!period.matches()) {
            return Optional.empty();
        }
        int sign = period.group(1).equals("-") ? -1 : 1;
        ZonedDateTime at = from;
        Matcher part = PERIOD_PART.matcher(period.group(2));
        while (part.find()) {
            long amount = sign * Long.parseLong(part.group(1));
            switch (part.group(2)) {
                case "y":
                    at = at.plusYears(amount);
                    break;
                case "M":
                    at = at.plusMonths(amount);
                    break;
                case "w":
                    at = fixedDays ? at.plusHours(amount * 7 * 24) : at.plusWeeks(amount);
                    break;
                case "d":
                    at = fixedDays ? at.plusHours(amount * 24) : at.plusDays(amount);
                    break;
                case "h":
                    at = at.plusHours(amount);
                    break;
                default:
                    at = at.plusMinutes(amount);
            }
        }
        return Optional.of(at);
    }

    private static Moment instant(ZonedDateTime at) {
        long millis = millis(at);
        return new Moment(millis, millis + 1);
    }

    private static long millis(ZonedDateTime at) {
        return at.toInstant().toEpochMilli();
    }
}
