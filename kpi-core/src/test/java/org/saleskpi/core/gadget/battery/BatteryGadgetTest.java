package org.saleskpi.core.gadget.battery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.GoalSamples.DUE;
import static org.saleskpi.core.gadget.GoalSamples.amount;
import static org.saleskpi.core.gadget.GoalSamples.goal;
import static org.saleskpi.core.gadget.GoalSamples.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.drill.TargetDrill;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;

class BatteryGadgetTest {
    private static final LocalDate SIXTH = LocalDate.of(2025, 1, 6);
    private final BatteryGadget gadget = new BatteryGadget(new TargetDrill(id -> Optional.empty()));

    // On 6 January, 5 of the goal's 10 days are over: elapsed share 0.5.
    // T1 50 of 100 calls: 0.5, on track. T2 revenue 2 000 of 10 000 EUR: 0.2, 30 points behind: off track.
    // The goal: (0.5 + 0.2) / 2 = 0.35, exactly 15 points behind: at risk.
    private final Goal goal = goal(7, "Q1 push", DUE, number(1, 7, "ann", "0", "100", "50"),
            amount(2, 7, "ben", "10000", "2000"));

    @Test
    void aGoalsBatteryIsItsWeightedProgress() {
        BatteryDataset battery = gadget.dataset(goal, Optional.empty(), SIXTH);
        assertThat(battery.kind()).isEqualTo("goal");
        assertThat(battery.progress().orElseThrow()).isEqualByComparingTo("0.35");
        assertThat(battery.elapsedShare()).isEqualByComparingTo("0.5");
        assertThat(battery.status()).contains(GoalStatus.AT_RISK);
        assertThat(battery.values()).isEmpty();
    }

    @Test
    void aTargetsBatteryCarriesItsValuesAndCurrency() {
        BatteryDataset battery = gadget.dataset(goal, Optional.of(2L), SIXTH);
        assertThat(battery.name()).isEqualTo("Revenue");
        assertThat(battery.currency()).contains("EUR");
        assertThat(battery.progress().orElseThrow()).isEqualByComparingTo("0.2");
        assertThat(battery.status()).contains(GoalStatus.OFF_TRACK);
        assertThat(battery.values().orElseThrow().current()).isEqualByComparingTo("2000");
        assertThat(gadget.dataset(goal, Optional.of(1L), SIXTH).status()).contains(GoalStatus.ON_TRACK);
    }

    @Test
    void aGoalWithoutTargetsHasNoProgressRatherThanZero() {
        BatteryDataset battery = gadget.dataset(goal(8, "Empty", DUE), Optional.empty(), SIXTH);
        assertThat(battery.progress()).isEmpty();
        assertThat(battery.status()).isEmpty();
        assertThat(battery.elapsedShare()).isEqualByComparingTo(new BigDecimal("0.5"));
    }

    @Test
    void anIssuesTargetDrillsIntoItsQueryAndATargetEnteredByHandIntoNothing() {
        Target issues = new Target(3, 7, "Onboarding", new TargetKind.Issues("labels = onboarding"), Optional.empty(),
                BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, "ann", BigDecimal.ONE, 1);
        Goal withIssues = goal(7, "Q1 push", DUE, issues);

        assertThat(gadget.dataset(withIssues, Optional.of(3L), SIXTH).jql()).contains("labels = onboarding");
        assertThat(gadget.dataset(goal, Optional.of(1L), SIXTH).jql()).isEmpty();
        assertThat(gadget.dataset(goal, Optional.empty(), SIXTH).jql()).isEmpty();
    }

    @Test
    void anUnknownTargetIsNamed() {
        assertThatThrownBy(() -> gadget.dataset(goal, Optional.of(99L), SIXTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetId");
    }
}
