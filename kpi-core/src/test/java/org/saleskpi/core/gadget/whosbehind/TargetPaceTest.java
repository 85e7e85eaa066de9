package org.saleskpi.core.gadget.whosbehind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.saleskpi.core.gadget.GoalSamples.goal;
import static org.saleskpi.core.gadget.GoalSamples.number;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.Goal;

class TargetPaceTest {
    private static final LocalDate SIXTH = LocalDate.of(2025, 1, 6);

    @Test
    void targetsBehindPaceOfEveryGoalCreditedToTheirOwners() {
        // On 6 January a 1-10 January goal is half over and a 1-20 January goal a quarter.
        // Behind: ben's T31 (0.4 < 0.5), cho's T51 (0.1 < 0.25). Not behind: ann's T21 (0.6), T11 done.
        List<Goal> goals = List.of(
                goal(1, "Done", LocalDate.of(2025, 1, 10), number(11, 1, "ann", "0", "10", "10")),
                goal(2, "Ahead", LocalDate.of(2025, 1, 10), number(21, 2, "ann", "0", "10", "6")),
                goal(3, "Close", LocalDate.of(2025, 1, 10), number(31, 3, "ben", "0", "10", "4")),
                goal(5, "Long", LocalDate.of(2025, 1, 20), number(51, 5, "cho", "0", "10", "1")));
        List<TargetPace> behind = TargetPace.behind(goals, SIXTH);
        assertThat(behind).extracting(TargetPace::rep, TargetPace::goal, TargetPace::target)
                .containsExactly(tuple("ben", "Close", "T31"), tuple("cho", "Long", "T51"));
        assertThat(behind.get(1).expectedProgress()).isEqualByComparingTo("0.25");
        assertThat(behind.get(1).shortfall()).isEqualByComparingTo("0.15");
        assertThat(TargetPace.behind(goals, LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
