package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.goal.Fixtures.goal;
import static org.saleskpi.core.goal.Fixtures.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        // before the start nothing is due yet
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
                .containsExactly("done", "on-track", "at-risk", "off-track");
    }
}
