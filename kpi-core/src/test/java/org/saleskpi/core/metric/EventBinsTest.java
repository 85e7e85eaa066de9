package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.period.Period;

/** An event's bin is its local date's, in zones with and without daylight saving, near and far from the slots. */
class EventBinsTest {

    @Test
    void everyInstantFallsInTheBinOfItsLocalDate() {
        List<Period> months = new ArrayList<>();
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.isBefore(LocalDate.of(2026, 1, 1));
                start = start.plusMonths(1)) {
            months.add(new Period(start, start.plusMonths(1)));
        }
        TimeBins bins = new TimeBins(months, new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1)));
        Random random = new Random(11);
        for (String id : List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC")) {
            ZoneId zone = ZoneId.of(id);
            EventBins events = new EventBins(bins, zone);
            List<Long> seconds = new ArrayList<>();
            // Around each of 2025's transitions (Berlin: 30 March 01:00 UTC, 26 October 01:00 UTC), then anywhere
            // from 1990 to 2040, far outside the offsets the bins list.
            for (long transition : List.of(1_743_296_400L, 1_761_440_400L)) {
                for (long d = -7_200; d <= 7_200; d += 900) {
                    seconds.add(transition + d);
                }
            }
            for (int i = 0; i < 20_000; i++) {
                seconds.add(631_152_000L + (long) (random.nextDouble() * 1_577_836_800L));
            }
            for (long second : seconds) {
                int day = (int) LocalDate.ofInstant(Instant.ofEpochSecond(second), zone).toEpochDay();
                assertThat(events.bin(second)).as("%s at %s", id, Instant.ofEpochSecond(second))
                        .isEqualTo(bins.bin(day));
            }
        }
    }
}
