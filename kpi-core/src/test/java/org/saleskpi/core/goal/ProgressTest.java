package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static Progress linear(String start, String target, String current) {
        return Progress.linear(new BigDecimal(start), new BigDecimal(target), new BigDecimal(current));
    }

    @Test
    void increasingTargetIsTheShareOfTheWayCovered() {
        // 0 -> 200 calls, 50 made: 50 / 200 = 0.25
        assertThat(linear("0", "200", "50").fraction()).isEqualByComparingTo("0.25");
        // 10 -> 30, now 25: (25 - 10) / (30 - 10) = 15 / 20 = 0.75
        assertThat(linear("10", "30", "25").fraction()).isEqualByComparingTo("0.75");
    }

    @Test
    void decreasingTargetUsesTheSameFormula() {
        // churn 5 % -> 2 %, now 3 %: (3 - 5) / (2 - 5) = -2 / -3 = 2/3, cut after 10 digits
        Progress churn = linear("0.05", "0.02", "0.03");
        assertThat(churn.fraction()).isEqualByComparingTo("0.6666666666");
        assertThat(churn.percent()).isEqualByComparingTo("66.66666666");
    }

    @Test
    void targetEqualToStartIsDoneOnceReached() {
        assertThat(linear("7", "7", "7")).isEqualTo(Progress.COMPLETE);
        assertThat(linear("7", "7", "9")).isEqualTo(Progress.COMPLETE);
        assertThat(linear("7", "7", "6.99")).isEqualTo(Progress.NONE);
    }

    @Test
    void progressIsClampedToZeroAndOne() {
        // 0 -> 10, now 15: 1.5 clamps to 1; now -5: -0.5 clamps to 0
        assertThat(linear("0", "10", "15")).isEqualTo(Progress.COMPLETE);
        assertThat(linear("0", "10", "-5")).isEqualTo(Progress.NONE);
        // churn 5 -> 2: 1 % overshoots (4/3) to 1, 6 % goes the wrong way (-1/3) to 0
        assertThat(linear("5", "2", "1")).isEqualTo(Progress.COMPLETE);
        assertThat(linear("5", "2", "6")).isEqualTo(Progress.NONE);
    }

    @Test
    void almostReachedNeverRoundsUpToDone() {
        // 99 999 999 999 of 100 000 000 000 is 0.99999999999: ten digits cut it to 0.9999999999, not 1
        Progress almost = linear("0", "100000000000", "99999999999");
        assertThat(almost.fraction()).isEqualByComparingTo("0.9999999999");
        assertThat(almost.isComplete()).isFalse();
    }

    @Test
    void trueFalseIsZeroOrOne() {
        assertThat(Fixtures.trueFalse(0).progress()).isEqualTo(Progress.NONE);
        assertThat(Fixtures.trueFalse(1).progress()).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void issuesAreResolvedOverTotal() {
        // 3 of 4 issues resolved: 0.75
        assertThat(Fixtures.issues(3, 4).progress().fraction()).isEqualByComparingTo("0.75");
        assertThat(Fixtures.issues(4, 4).progress()).isEqualTo(Progress.COMPLETE);
    }

    @Test
    void issuesWithNoMatchingIssueHaveNoProgress() {
        // total 0 is "nothing done yet", not the target == start rule that would give 1
        assertThat(Fixtures.issues(0, 0).progress()).isEqualTo(Progress.NONE);
    }

    @Test
    void equalFractionsAreEqualWhateverTheirScale() {
        assertThat(new Progress(new BigDecimal("0.50"))).isEqualTo(new Progress(new BigDecimal("0.5")));
        assertThat(new Progress(new BigDecimal("0.5")).percent()).isEqualByComparingTo("50");
    }

    @Test
    void fractionsOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> new Progress(new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Progress(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
