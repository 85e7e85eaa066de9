package org.saleskpi.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Random calendars, dates and ranges for the invariant tests. The seed is fixed, so a failing case
 * fails again on every run and names itself in the assertion message.
 */
final class Samples {

    /** How many random cases each invariant is checked on. */
    static final int CASES = 2_000;

    private static final long SEED = 20_240_310L;
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Tokyo"), ZoneId.of("Australia/Sydney"));
    private static final long FIRST_DAY = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2100, 12, 31).toEpochDay();

    private final Random random = new Random(SEED);

    SalesCalendar calendar() {
        return new SalesCalendar(pick(ZONES), between(1, 12), pick(List.of(DayOfWeek.values())));
    }

    LocalDate date() {
        return LocalDate.ofEpochDay(FIRST_DAY + random.nextInt((int) (LAST_DAY - FIRST_DAY + 1)));
    }

    /** A range of 1 to 800 days, long enough to cross calendar and fiscal year ends. */
    Period range() {
        LocalDate start = date();
        return new Period(start, start.plusDays(between(1, 800)));
    }

    Bucket bucket() {
        return pick(List.of(Bucket.values()));
    }

    /** A bucket a relative period can name: any but a day. */
    Bucket weekOrLonger() {
        return pick(List.of(Bucket.values()).subList(1, Bucket.values().length));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
