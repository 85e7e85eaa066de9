package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.goal.Fixtures.goal;
import static org.saleskpi.core.goal.Fixtures.number;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.period.SalesCalendar;

class PaceTest {

    // A ten-day goal: 1 to 10 January, both days included, so each day is 0.1 of its time. A day
    // counts as elapsed once it is over: on the sixth, five days (0.5) are.
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 1, 10);
    private static final LocalDate SIXTH = LocalDate.of(2025, 1, 6);

    private static Progress progress(String fraction) {
        return new Progress(new BigDecimal(fraction));
    }

    @Test
    void elapsedShareCountsTheGoalsDaysOverBeforeToday() {
        Goal goal = goal(START, DUE);
        assertThat(goal.elapsedShare(START.minusDays(30))).isEqualByComparingTo("0");
        assertThat(goal.elapsedShare(START.minusDays(1))).isEqualByComparingTo("0");
        assertThat(goal.elapsedShare(START)).isEqualByComparingTo("0");
        assertThat(goal.elapsedShare(START.plusDays(1))).isEqualByComparingTo("0.1");
        assertThat(goal.elapsedShare(SIXTH)).isEqualByComparingTo("0.5");
        assertThat(goal.elapsedShare(DUE)).isEqualByComparingTo("0.9");
        assertThat(goal.elapsedShare(DUE.plusDays(1))).isEqualByComparingTo("1");
        assertThat(goal.elapsedShare(DUE.plusDays(30))).isEqualByComparingTo("1");
    }

    @Test
    void oneDayGoalIsWhollyElapsedTheDayAfter() {
        Goal goal = goal(START, START);
        assertThat(goal.elapsedShare(START.minusDays(1))).isEqualByComparingTo("0");
        assertThat(goal.elapsedShare(START)).isEqualByComparingTo("0");
        assertThat(goal.elapsedShare(START.plusDays(1))).isEqualByComparingTo("1");
    }

    @Test
    void elapsedShareIsCutAfterTenDigits() {
        // a three-day goal on its second day: 1/3
        assertThat(goal(START, START.plusDays(2)).elapsedShare(START.plusDays(1))).isEqualByComparingTo("0.3333333333");
    }

    @Test
    void onTrackAtOrAbovePace() {
        assertThat(GoalStatus.of(progress("0.5"), new BigDecimal("0.5"))).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(GoalStatus.of(progress("0.6"), new BigDecimal("0.5"))).isEqualTo(GoalStatus.ON_TRACK);
        // on the first day nothing is due yet
        assertThat(GoalStatus.of(Progress.NONE, BigDecimal.ZERO)).isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void atRiskUpToFifteenPointsBelowPace() {
        assertThat(GoalStatus.of(progress("0.4999"), new BigDecimal("0.5"))).isEqualTo(GoalStatus.AT_RISK);
        // 0.5 - 0.35 = exactly 15 points
        assertThat(GoalStatus.of(progress("0.35"), new BigDecimal("0.5"))).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void offTrackMoreThanFifteenPointsBelowPace() {
        // 0.5 - 0.3499 = 15.01 points
        assertThat(GoalStatus.of(progress("0.3499"), new BigDecimal("0.5"))).isEqualTo(GoalStatus.OFF_TRACK);
        assertThat(GoalStatus.of(Progress.NONE, BigDecimal.ONE)).isEqualTo(GoalStatus.OFF_TRACK);
    }

    @Test
    void doneAtOneWhateverTheDate() {
        assertThat(GoalStatus.of(Progress.COMPLETE, BigDecimal.ZERO)).isEqualTo(GoalStatus.DONE);
        assertThat(GoalStatus.of(Progress.COMPLETE, BigDecimal.ONE)).isEqualTo(GoalStatus.DONE);
        // just below 1 on the due date is still only at risk
        assertThat(GoalStatus.of(progress("0.9999999999"), BigDecimal.ONE)).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void aGoalBeforeItsStartIsNotStartedUnlessDone() {
        Goal goal = goal(START, DUE, number(0, 10, 3));
        assertThat(goal.hasStarted(START.minusDays(1))).isFalse();
        assertThat(goal.pace(START.minusDays(1)).orElseThrow().status()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(goal.pace(START.minusDays(30)).orElseThrow().status()).isEqualTo(GoalStatus.NOT_STARTED);
        assertThat(goal.targets().get(0).pace(goal, START.minusDays(1)).status()).isEqualTo(GoalStatus.NOT_STARTED);
        // a target already reached before the start is done: that is a fact, not a pace
        Goal reached = goal(START, DUE, number(0, 10, 10));
        assertThat(reached.pace(START.minusDays(1)).orElseThrow().status()).isEqualTo(GoalStatus.DONE);
        // nobody is behind a goal that has not begun
        assertThat(goal(START, DUE, number(0, 10, 0)).targetsBehind(START.minusDays(1))).isEmpty();
    }

    @Test
    void theGoalStartsAtLocalMidnightOfItsStartDateInTheCalendarsZone() {
        // Berlin is UTC+1 in January: 1 January begins there at 2024-12-31T23:00:00Z, while it is
        // still 31 December in UTC. One second earlier the goal has not started.
        SalesCalendar berlin = SalesCalendar.of(ZoneId.of("Europe/Berlin"));
        Goal goal = goal(START, DUE, number(0, 10, 0));
        Instant start = berlin.startOf(START);
        assertThat(start).isEqualTo(Instant.parse("2024-12-31T23:00:00Z"));

        LocalDate atStart = berlin.today(Clock.fixed(start, ZoneOffset.UTC));
        LocalDate secondBefore = berlin.today(Clock.fixed(start.minusSeconds(1), ZoneOffset.UTC));

        assertThat(goal.pace(atStart).orElseThrow().status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(goal.pace(secondBefore).orElseThrow().status()).isEqualTo(GoalStatus.NOT_STARTED);
        // the same instants read in Tokyo (UTC+9) are both well inside 1 January
        SalesCalendar tokyo = SalesCalendar.of(ZoneId.of("Asia/Tokyo"));
        assertThat(goal.pace(tokyo.today(Clock.fixed(start.minusSeconds(1), ZoneOffset.UTC))).orElseThrow().status())
                .isEqualTo(GoalStatus.ON_TRACK);
    }

    @Test
    void goalPaceUsesItsWeightedProgress() {
        // progress (0.3 + 0.5) / 2 = 0.4 on the sixth, five of ten days over (0.5): 10 points below, at risk
        Goal goal = goal(START, DUE, number(0, 10, 3), number(0, 10, 5));
        Pace pace = goal.pace(SIXTH).orElseThrow();
        assertThat(pace.elapsedShare()).isEqualByComparingTo("0.5");
        assertThat(pace.progress().fraction()).isEqualByComparingTo("0.4");
        assertThat(pace.status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(goal.pace(DUE.plusDays(1)).orElseThrow().status()).isEqualTo(GoalStatus.OFF_TRACK);
    }

    @Test
    void targetsBelowTheElapsedShareAreBehind() {
        Target behind = number(0, 10, 4);     // 0.4 < 0.5
        Target onPace = number(0, 10, 5);     // 0.5 = 0.5
        Target ahead = number(0, 10, 9);      // 0.9 > 0.5
        Goal goal = goal(START, DUE, behind, onPace, ahead);

        assertThat(behind.pace(goal, SIXTH).isBehind()).isTrue();
        assertThat(onPace.pace(goal, SIXTH).isBehind()).isFalse();
        assertThat(ahead.pace(goal, SIXTH).isBehind()).isFalse();
        assertThat(goal.targetsBehind(SIXTH)).containsExactly(behind);
        // nobody is behind on the first day; on the second (0.1) only a target with no progress at all is
        assertThat(goal(START, DUE, number(0, 10, 0)).targetsBehind(START)).isEmpty();
        assertThat(goal.targetsBehind(START.plusDays(1))).isEmpty();
        assertThat(goal(START, DUE, number(0, 10, 0)).targetsBehind(START.plusDays(1))).hasSize(1);
    }

    @Test
    void targetPaceNeedsItsOwnGoal() {
        Goal goal = goal(START, DUE, number(0, 10, 4));
        Target ofAnotherGoal = Target.create(99, Fixtures.numberInput());
        assertThatThrownBy(() -> ofAnotherGoal.pace(goal, SIXTH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusKeysAreStable() {
        assertThat(List.of(GoalStatus.values())).extracting(GoalStatus::key)
                .containsExactly("done", "not-started", "on-track", "at-risk", "off-track");
    }
}
