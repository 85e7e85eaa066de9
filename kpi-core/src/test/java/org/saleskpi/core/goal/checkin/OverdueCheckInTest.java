package org.saleskpi.core.goal.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/** When a goal's owner owes a check-in, and how long they have owed it (ADR 0062). */
class OverdueCheckInTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Monday 2 March 2026, 09:00 in Tokyo. */
    private static final Instant CREATED = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void aWeeklyGoalWithoutCheckInIsOverdueTheDayAfterItsFirstWeek() {
        Goal goal = goal(CheckInCadence.WEEKLY, LocalDate.of(2026, 3, 1));
        // Created 2 March: the first check-in is due 9 March; 9 March is not late yet, 10 March is by one day.
        assertThat(OverdueCheckIn.of(goal, Optional.empty(), LocalDate.of(2026, 3, 9), TOKYO)).isEmpty();
        assertThat(OverdueCheckIn.of(goal, Optional.empty(), LocalDate.of(2026, 3, 10), TOKYO))
                .contains(new OverdueCheckIn("alice", 7, "Win Q1", LocalDate.of(2026, 3, 9), 1));
    }

    @Test
    void theLastCheckInDayInTheReadersZoneStartsTheNextPeriod() {
        Goal goal = goal(CheckInCadence.EVERY_TWO_WEEKS, LocalDate.of(2026, 3, 1));
        // 20 March 23:30 UTC is 21 March in Tokyo: due 4 April, overdue by 3 days on 7 April.
        Optional<Instant> last = Optional.of(Instant.parse("2026-03-20T23:30:00Z"));
        assertThat(OverdueCheckIn.of(goal, last, LocalDate.of(2026, 4, 4), TOKYO)).isEmpty();
        assertThat(OverdueCheckIn.of(goal, last, LocalDate.of(2026, 4, 7), TOKYO).orElseThrow().daysOverdue())
                .isEqualTo(3);
    }

    @Test
    void monthlyCountsCalendarMonthsAndAGoalStartingLaterCountsFromItsStart() {
        Goal goal = goal(CheckInCadence.MONTHLY, LocalDate.of(2026, 3, 31));
        assertThat(OverdueCheckIn.of(goal, Optional.empty(), LocalDate.of(2026, 4, 30), TOKYO)).isEmpty();
        assertThat(OverdueCheckIn.of(goal, Optional.empty(), LocalDate.of(2026, 5, 2), TOKYO).orElseThrow().dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void noCadenceArchivedFinishedOrNotStartedGoalsOweNothing() {
        LocalDate late = LocalDate.of(2026, 6, 1);
        assertThat(OverdueCheckIn.of(goal(CheckInCadence.NONE, LocalDate.of(2026, 3, 1)), Optional.empty(), late,
                TOKYO)).isEmpty();
        Goal weekly = goal(CheckInCadence.WEEKLY, LocalDate.of(2026, 3, 1));
        Goal archived = new Goal(weekly.id(), weekly.projectKey(), weekly.folderId(), weekly.ownerKey(),
                weekly.name(), "", weekly.startDate(), weekly.dueDate(), weekly.colour(), true, CREATED, CREATED, 1,
                List.of(), CheckInCadence.WEEKLY);
        assertThat(OverdueCheckIn.of(archived, Optional.empty(), late, TOKYO)).isEmpty();
        assertThat(OverdueCheckIn.of(weekly, Optional.empty(), LocalDate.of(2027, 1, 1), TOKYO)).isEmpty();
    }

    @Test
    void amongGoalsTheLongestOverdueComesFirst() {
        Goal weekly = goal(CheckInCadence.WEEKLY, LocalDate.of(2026, 3, 1));
        Goal other = new Goal(8, "SALES", Optional.empty(), "bob", "Calls", "", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), "#0052CC", false, CREATED, CREATED, 1, List.of(), CheckInCadence.WEEKLY);
        List<OverdueCheckIn> overdue = OverdueCheckIn.among(List.of(other, weekly),
                Map.of(8L, Instant.parse("2026-03-16T00:00:00Z")), LocalDate.of(2026, 3, 30), TOKYO);
        assertThat(overdue).extracting(OverdueCheckIn::goal).containsExactly("Win Q1", "Calls");
        assertThat(overdue).extracting(OverdueCheckIn::daysOverdue).containsExactly(21L, 7L);
    }

    @Test
    void aCheckInNeedsAStatusAndAShortText() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> CheckIn.write(7, "alice", null, " ", CREATED));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("status", "text");
        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                () -> CheckIn.write(7, "alice", CheckInStatus.AT_RISK, "x".repeat(CheckIn.MAX_TEXT_LENGTH + 1),
                        CREATED));
        assertThat(tooLong.errors()).extracting(FieldError::messageKey).containsExactly("saleskpi.checkIn.text.tooLong");
        assertThat(CheckIn.write(7, "alice", CheckInStatus.AT_RISK, " Two deals slipped ", CREATED).text())
                .isEqualTo("Two deals slipped");
    }

    private static Goal goal(CheckInCadence cadence, LocalDate start) {
        return new Goal(7, "SALES", Optional.empty(), "alice", "Win Q1", "", start, LocalDate.of(2026, 12, 31),
                "#0052CC", false, CREATED, CREATED, 1, List.of(), cadence);
    }
}
