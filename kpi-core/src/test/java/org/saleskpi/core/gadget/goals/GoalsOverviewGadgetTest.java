package org.saleskpi.core.gadget.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.GoalSamples.goal;
import static org.saleskpi.core.gadget.GoalSamples.number;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;

class GoalsOverviewGadgetTest {
    private static final LocalDate SIXTH = LocalDate.of(2025, 1, 6);

    // On 6 January the ten-day goals (1-10 January) are half over; the 20-day one (to 20 January) a quarter.
    private final Goal done = goal(1, "Done", LocalDate.of(2025, 1, 10), number(11, 1, "ann", "0", "10", "10"));
    private final Goal onTrack = goal(2, "Ahead", LocalDate.of(2025, 1, 10), number(21, 2, "ann", "0", "10", "6"));
    private final Goal atRisk = goal(3, "Close", LocalDate.of(2025, 1, 10), number(31, 3, "ben", "0", "10", "4"));
    private final Goal offTrack = goal(4, "Behind", LocalDate.of(2025, 1, 10), number(41, 4, "ben", "0", "10", "1"));
    private final Goal longer = goal(5, "Long", LocalDate.of(2025, 1, 20), number(51, 5, "cho", "0", "10", "1"));
    private final Goal empty = goal(6, "Nothing yet", LocalDate.of(2025, 1, 8));
    private final List<Goal> goals = List.of(done, onTrack, empty, atRisk, longer, offTrack);

    @Test
    void mostInNeedOfAttentionFirst() {
        // Progress vs elapsed: Done 1 (done), Ahead 0.6 vs 0.5 (on track), Close 0.4 vs 0.5 (at risk,
        // 10 points behind), Behind 0.1 vs 0.5 (off track), Long 0.1 vs 0.25 (at risk, 15 points behind,
        // so before Close). Nothing yet has no targets and goes last.
        GoalsOverviewDataset overview = new GoalsOverviewGadget().dataset(goals, GoalsOverviewOptions.defaults(), SIXTH);
        assertThat(overview.rows()).extracting(GoalsOverviewDataset.Row::name)
                .containsExactly("Behind", "Long", "Close", "Ahead", "Done", "Nothing yet");
        assertThat(overview.statusCounts()).containsEntry(GoalStatus.OFF_TRACK, 1).containsEntry(GoalStatus.AT_RISK, 2)
                .containsEntry(GoalStatus.ON_TRACK, 1).containsEntry(GoalStatus.DONE, 1);
        assertThat(overview.noTargets()).isEqualTo(1);
        assertThat(overview.rows().get(0).targetsBehind()).isEqualTo(1);
        assertThat(overview.rows().get(5).progress()).isEmpty();
    }

    @Test
    void aGoalThatHasNotBegunIsCountedAsNotStartedAfterThoseOnTrack() {
        // Next quarter's goal starts 1 April; on 6 January it is not started, not on track.
        Goal nextQuarter = new Goal(7, "SALES", java.util.Optional.empty(), "olga", "Next quarter", "",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), "#0052cc", false, done.created(), done.updated(),
                1, List.of(number(71, 7, "ann", "0", "10", "0")));
        GoalsOverviewDataset overview = new GoalsOverviewGadget().dataset(List.of(nextQuarter, done, onTrack, offTrack),
                GoalsOverviewOptions.defaults(), SIXTH);
        assertThat(overview.rows()).extracting(GoalsOverviewDataset.Row::name)
                .containsExactly("Behind", "Ahead", "Next quarter", "Done");
        assertThat(overview.rows().get(2).status()).contains(GoalStatus.NOT_STARTED);
        assertThat(overview.statusCounts()).containsEntry(GoalStatus.NOT_STARTED, 1)
                .containsEntry(GoalStatus.ON_TRACK, 1);
        assertThat(overview.rows().get(2).targetsBehind()).isZero();
    }

    @Test
    void byDueDateOrNameAndCapped() {
        GoalsOverviewDataset byDue = new GoalsOverviewGadget().dataset(goals,
                new GoalsOverviewOptions(GoalsOverviewOptions.Order.DUE_DATE, 3), SIXTH);
        assertThat(byDue.rows()).extracting(GoalsOverviewDataset.Row::name).containsExactly("Nothing yet", "Ahead", "Behind");
        assertThat(byDue.total()).isEqualTo(6);
        GoalsOverviewDataset byName = new GoalsOverviewGadget().dataset(goals,
                new GoalsOverviewOptions(GoalsOverviewOptions.Order.NAME, 2), SIXTH);
        assertThat(byName.rows()).extracting(GoalsOverviewDataset.Row::name).containsExactly("Ahead", "Behind");
        assertThatThrownBy(() -> new GoalsOverviewOptions(GoalsOverviewOptions.Order.NAME, 0))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> GoalsOverviewOptions.Order.fromKey("status")).hasMessageContaining("status");
    }
}
