package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.goal.Fixtures.goal;
import static org.saleskpi.core.goal.Fixtures.issues;
import static org.saleskpi.core.goal.Fixtures.number;
import static org.saleskpi.core.goal.Fixtures.trueFalse;
import static org.saleskpi.core.goal.Fixtures.weighted;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalProgressTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

    @Test
    void goalProgressIsTheWeightedMeanOfItsTargets() {
        // weights 1 and 3, progress 0.2 and 0.6: (1 x 0.2 + 3 x 0.6) / (1 + 3) = 2.0 / 4 = 0.5
        Goal goal = goal(START, DUE, weighted(0, 10, 2, 1), weighted(0, 10, 6, 3));
        assertThat(goal.progress()).hasValueSatisfying(
                progress -> assertThat(progress.fraction()).isEqualByComparingTo("0.5"));
    }

    @Test
    void weightIsOneUnlessSet() {
        // 0.2 and 0.6 with weight 1 each: (0.2 + 0.6) / 2 = 0.4
        Goal goal = goal(START, DUE, number(0, 10, 2), number(0, 10, 6));
        assertThat(goal.progress()).hasValueSatisfying(
                progress -> assertThat(progress.fraction()).isEqualByComparingTo("0.4"));
    }

    @Test
    void kindsMixInOneMean() {
        // a done true/false target (1) and 1 of 4 issues resolved (0.25): (1 + 0.25) / 2 = 0.625
        Goal goal = goal(START, DUE, trueFalse(1), issues(1, 4));
        assertThat(goal.progress()).hasValueSatisfying(
                progress -> assertThat(progress.fraction()).isEqualByComparingTo("0.625"));
    }

    @Test
    void goalWithoutTargetsHasNoProgressAndNoPace() {
        Goal goal = goal(START, DUE);
        assertThat(goal.progress()).isEmpty();
        assertThat(goal.pace(START)).isEmpty();
    }

    @Test
    void goalIsDoneOnlyWhenEveryTargetIsDone() {
        assertThat(goal(START, DUE, number(0, 10, 10), trueFalse(1)).progress()).contains(Progress.COMPLETE);
        // 1 and 0.9999999999: the mean 0.99999999995 is cut to 0.9999999999, still not done
        Goal almost = goal(START, DUE, number(0, 10, 10), number(0, 10_000_000_000.0, 9_999_999_999.0));
        assertThat(almost.progress()).hasValueSatisfying(progress -> assertThat(progress.isComplete()).isFalse());
    }
}
