package org.saleskpi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.period.Period;

class WorkRhythmTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDayRunsFromMidnightThroughWorkingHoursToMidnight() {
        assertThat(WorkRhythm.secondOfDay(0.0)).isZero();
        assertThat(WorkRhythm.secondOfDay(0.03)).isEqualTo(3_600);
        assertThat(WorkRhythm.secondOfDay(0.05)).isEqualTo(8 * 3_600);
        // 08:00 plus 0.45 / 0.87 of the ten working hours: 13:10:20.
        assertThat(WorkRhythm.secondOfDay(0.5)).isEqualTo(LocalTime.of(13, 10, 20).toSecondOfDay());
        assertThat(WorkRhythm.secondOfDay(0.95)).isEqualTo(23 * 3_600);
        assertThat(WorkRhythm.secondOfDay(0.999_999_9)).isEqualTo(86_399);
    }

    @Test
    void aSequenceNeverGoesBackAcrossTheSpringForwardGap() {
        // 31 March 2024 in Berlin: 02:00 to 03:00 does not exist; times in it move to 03:xx,
        // past the times drawn just after the gap.
        LocalDate springForward = LocalDate.of(2024, 3, 31);
        WorkRhythm day = WorkRhythm.workdays(BERLIN, Period.day(springForward));
        WorkRhythm.Sequence times = day.sequence(200_000, new Dice(1L));

        Instant previous = day.start();
        int inTheShiftedHour = 0;
        int inAnotherNightHour = 0;
        while (times.hasNext()) {
            Instant next = times.next();
            assertThat(next).isAfterOrEqualTo(previous).isBefore(day.end());
            int hour = LocalTime.ofInstant(next, BERLIN).getHour();
            if (hour == 3) {
                inTheShiftedHour++;
            } else if (hour == 5) {
                inAnotherNightHour++;
            }
            previous = next;
        }
        // Night hours draw alike; 03:xx also holds the missing 02:xx, so about twice as many.
        assertThat((double) inTheShiftedHour).isGreaterThan(1.5 * inAnotherNightHour);
    }

    @Test
    void anOpeningPutsItsShareIntoTheFirstDays() {
        WorkRhythm year = WorkRhythm.workdays(BERLIN, new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
        WorkRhythm.Sequence starts = year.withOpening(0.2, 14).sequence(10_000, new Dice(2L));
        Instant twoWeeksIn = LocalDate.of(2024, 1, 15).atStartOfDay(BERLIN).toInstant();

        int early = 0;
        while (starts.hasNext()) {
            if (starts.next().isBefore(twoWeeksIn)) {
                early++;
            }
        }

        // 20 % opening plus the ordinary share of two weeks out of 52 (a bit less: growth starts low).
        assertThat(early).isBetween(2_150, 2_350);
    }

    @Test
    void theShareOfADayBeforeATimeUndoesTheTimeOfAShare() {
        // 8:00 ends the quiet early hours (5 %), 18:00 the working day (92 %); half past midnight is 1.5 %.
        assertThat(WorkRhythm.shareOfDay(0)).isZero();
        assertThat(WorkRhythm.shareOfDay(1_800)).isCloseTo(0.015, within(1e-9));
        assertThat(WorkRhythm.shareOfDay(8 * 3_600)).isCloseTo(0.05, within(1e-9));
        assertThat(WorkRhythm.shareOfDay(18 * 3_600)).isCloseTo(0.92, within(1e-9));
        assertThat(WorkRhythm.shareOfDay(86_400)).isEqualTo(1.0);
        for (double share = 0.0; share < 1.0; share += 0.01) {
            assertThat(WorkRhythm.shareOfDay(WorkRhythm.secondOfDay(share))).isCloseTo(share, within(1e-4));
        }
    }
}
