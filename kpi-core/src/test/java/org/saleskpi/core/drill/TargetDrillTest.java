package org.saleskpi.core.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GoalSamples;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.kpi.KpiProfile;

/** A KPI target drills into its KPI's headline population over the goal's period, in its profile's scope. */
class TargetDrillTest {
    private static final KpiProfile PROFILE = new KpiProfile(5, "SALES", "Sales", Pipeline.model(), 1);

    @Test
    void aKpiTargetDrillsIntoTheGoalsPeriodOfItsProfile() {
        Goal goal = GoalSamples.goal(7, "Leads", GoalSamples.DUE, GoalSamples.kpi(1, 7, "new-leads", 5, "0", "40"));
        TargetDrill drill = new TargetDrill(id -> id == 5 ? Optional.of(PROFILE) : Optional.empty());

        // The goal runs from 1 to 10 January 2025, both included.
        assertThat(drill.of(goal, goal.targets().get(0))).contains("(project = SALES) AND ((issuetype = \"Lead\") AND "
                + "(created >= \"2025-01-01\" AND created < \"2025-01-11\"))");
    }

    @Test
    void aTargetWhoseProfileIsGoneHasNoDrill() {
        Goal goal = GoalSamples.goal(7, "Leads", GoalSamples.DUE, GoalSamples.kpi(1, 7, "new-leads", 5, "0", "40"));

        assertThat(new TargetDrill(id -> Optional.empty()).of(goal, goal.targets().get(0))).isEmpty();
    }
}
